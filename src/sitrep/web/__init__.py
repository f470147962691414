"""The web app's static files (built vendor libraries are added by scripts/setup_web.sh)."""
