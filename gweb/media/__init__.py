"""Media: uploaded files checked by content, images with renditions and alt text."""
