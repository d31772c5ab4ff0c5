"""Small helpers shared by the search tests."""
from gweb.pages import services as pages
from gweb.pages.editorial import root_page


def make_page(site, title: str, body: str = "", lang: str = "lo", publish: bool = True,
              parent=None, **extra):
    """A page under the home page (or `parent`) with one translation."""
    fields = {"title": title, "body": f"<p>{body}</p>" if body else "", **extra}
    return pages.create_page(site, parent or root_page(site.id), {lang: fields}, publish=publish)


def urls(results) -> list[str]:
    return [hit.url for hit in results.hits]
