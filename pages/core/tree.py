"""Facts about a page's place in the tree that its treebeard path gives without a query."""

from wagtail.models import Page


def ancestor_paths(page, from_depth=1):
    """Tree paths of the page's ancestors from ``from_depth`` down to its parent (treebeard paths nest)."""
    if not page.path or not page.depth:  # a new page in preview has no place in the tree yet
        return []
    return [page.path[: depth * Page.steplen] for depth in range(from_depth, page.depth)]
