# Exercise 09: stop, rm, and keep the image.
# Before your commands run, the host already has three running nginx containers:
# web1 (port 8081), web2 (port 8082) and web3 (port 8083).
# Write docker commands below, one per line. Lines starting with # are comments.
# Check your work with: npm test -- 09
# See what it does: npm run shell -- 09 (replays this file, then gives you a prompt).
