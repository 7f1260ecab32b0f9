# Exercise 01, reference solution.
docker pull nginx
docker run -d --name web -p 8080:80 nginx
