# Exercise 07: the writable layer, copy-on-write and docker diff.
# Write docker commands below, one per line, exactly as you would type them on a real
# Docker host. Lines starting with # are comments. Check your work with: npm test -- 07
# See what it does: npm run shell -- 07 (replays this file, then gives you a prompt).
