# Exercise 11, reference solution.
# 1. Docker refuses: a container still uses the image.
docker rmi nginx
# 2. Remove what is in the way, then the image.
docker stop web
docker rm web
docker rmi nginx
docker images
