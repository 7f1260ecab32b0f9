# Exercise 17, reference solution.
# The image, with its layers, config and history:
docker save -o mysite.tar mysite:1.0
docker rmi mysite:1.0
docker load -i mysite.tar
docker history mysite:1.0
# A container's files, flattened:
docker run -d --name site mysite:1.0
docker exec site sh -c "echo '<p>Shipped as files</p>' > /usr/share/nginx/html/note.html"
docker export -o site.tar site
docker import site.tar mysite:flat
docker history mysite:flat
echo save > answer.txt
