"""The audit log in the admin: read and export, never edit."""
from flask import Blueprint, Response, g, render_template

from gweb.admin.guard import permission_required
from gweb.audit import services
from gweb.security.params import query_int

bp = Blueprint("audit_admin", __name__, url_prefix="/admin/audit", template_folder="templates")
PAGE_SIZE = 50


@bp.route("/")
@permission_required("audit.view")
def index():
    page = query_int("page", 1, minimum=1)
    events = services.recent(g.site.id, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    return render_template("audit/index.html", events=events[:PAGE_SIZE], page=page,
                           has_next=len(events) > PAGE_SIZE)


@bp.route("/export.csv")
@permission_required("audit.view")
def export():
    # A UTF-8 byte order mark lets spreadsheet programs read the Lao text right.
    body = "\ufeff" + services.export_csv(g.site.id)
    return Response(body, mimetype="text/csv", headers={
        "Content-Disposition": f"attachment; filename=audit-{g.site.primary_domain}.csv"})
