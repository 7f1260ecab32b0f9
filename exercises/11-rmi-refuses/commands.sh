# Exercise 11: an image that rmi refuses to delete.
# Before your commands run, the host already has a running container `web` made from nginx.
# Write docker commands below, one per line. Lines starting with # are comments.
# Check your work with: npm test -- 11
# See what it does: npm run shell -- 11 (replays this file, then gives you a prompt).
