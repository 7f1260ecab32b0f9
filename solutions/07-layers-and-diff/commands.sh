# Exercise 07, reference solution.
docker run -d --name site nginx
docker exec site sh -c "echo '<h1>My site</h1>' > /usr/share/nginx/html/index.html"
docker exec site sh -c "echo '<p>About us</p>' > /usr/share/nginx/html/about.html"
docker exec site rm /usr/share/nginx/html/50x.html
docker run -d --name plain nginx
docker diff site
docker ps -s
