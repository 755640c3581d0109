"""rules2actions: convert Auth0 Rules into post-login Actions."""

__version__ = "0.1.0"
