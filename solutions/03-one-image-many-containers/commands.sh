# Exercise 03, reference solution: one pull, three houses from the same blueprint.
docker pull nginx
docker run -d --name web1 -p 8081:80 nginx
docker run -d --name web2 -p 8082:80 nginx
docker run -d --name web3 -p 8083:80 nginx
