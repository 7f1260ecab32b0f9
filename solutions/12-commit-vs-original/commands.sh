# Exercise 12, reference solution.
docker run -d --name site nginx
docker exec site sh -c "echo '<h1>Version 1</h1>' > /usr/share/nginx/html/index.html"
docker commit site mysite:v1
docker tag mysite:v1 mysite:latest
docker run -d --name v1 -p 8081:80 mysite:v1
docker run -d --name original -p 8082:80 nginx
docker exec site sh -c "echo '<h1>Version 2</h1>' > /usr/share/nginx/html/index.html"
docker commit site mysite:v2
docker tag mysite:v2 mysite:latest
docker images
