# Exercise 16, reference solution.
docker volume create notes
docker run -d --name app -v notes:/data alpine sleep 1000
docker exec app sh -c "echo 'written by the first app' > /data/note.txt"
docker diff app
docker rm -f app
docker run -d --name app -v notes:/data alpine sleep 1000
docker exec app cat /data/note.txt
docker diff app
