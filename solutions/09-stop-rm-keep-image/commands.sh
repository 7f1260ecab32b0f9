# Exercise 09, reference solution.
docker stop web1
docker stop web2
docker rm web2
docker ps -a
docker images
