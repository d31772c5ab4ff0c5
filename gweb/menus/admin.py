"""The menus editor in the admin: list, add, edit, delete and reorder items."""
from __future__ import annotations

from flask import Blueprint, abort, flash, g, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from gweb import i18n
from gweb.admin.guard import permission_required
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.menus import services
from gweb.menus.forms import ConfirmForm, ItemForm, MoveForm, OrderForm
from gweb.menus.models import MENU_KEYS
from gweb.timeutil import utcnow

bp = Blueprint("menus_admin", __name__, url_prefix="/admin/menus", template_folder="templates")


def _check_key(key: str) -> str:
    if key not in MENU_KEYS:
        abort(404)
    return key


def _item_or_404(item_id: int):
    item = services.get_item(g.site.id, item_id)
    if item is None:
        abort(404)
    return item


def _row(item):
    """The editor's view of one item (its labels, its target)."""
    rows = services.editor_rows(g.site, item.menu.key, i18n.current_lang(), utcnow())
    return next(row for row in rows if row.item.id == item.id)


def _show(key: str):
    return render_template(
        "menus/menu.html", key=key, keys=MENU_KEYS, menu_name=services.menu_name,
        rows=services.editor_rows(g.site, key, i18n.current_lang(), utcnow()),
        order_form=OrderForm())


@bp.route("/")
@permission_required("menus.edit")
def index():
    return _show("header")


@bp.route("/<key>")
@permission_required("menus.edit")
def menu(key: str):
    return _show(_check_key(key))


def _item_form(form: ItemForm, key: str, item=None):
    return render_template("menus/item_form.html", form=form, key=key, item=item,
                           menu_name=services.menu_name(key))


@bp.route("/<key>/add", methods=["GET", "POST"])
@permission_required("menus.edit")
def add(key: str):
    _check_key(key)
    form = ItemForm(page_options=services.page_options(g.site, i18n.current_lang()))
    if form.validate_on_submit():
        try:
            item = services.add_item(g.site.id, key, **form.values(), user=current_user)
        except ValidationError as exc:
            db.session.rollback()
            form.add_errors(exc.errors)
        else:
            db.session.commit()
            flash(_("The item “%(name)s” was added to the %(menu)s.", name=_row(item).name,
                    menu=services.menu_name(key)), "info")
            return redirect(url_for(".menu", key=key, _anchor=f"item-{item.id}"))
    return _item_form(form, key)


@bp.route("/items/<int:item_id>/edit", methods=["GET", "POST"])
@permission_required("menus.edit")
def edit(item_id: int):
    item = _item_or_404(item_id)
    key = item.menu.key
    form = ItemForm(data=ItemForm.data_of(item),
                    page_options=services.page_options(g.site, i18n.current_lang()))
    if form.validate_on_submit():
        try:
            services.update_item(g.site.id, item.id, **form.values(), user=current_user)
        except ValidationError as exc:
            db.session.rollback()
            form.add_errors(exc.errors)
            item = _item_or_404(item_id)
        else:
            db.session.commit()
            flash(_("The item “%(name)s” was saved.", name=_row(item).name), "info")
            return redirect(url_for(".menu", key=key, _anchor=f"item-{item.id}"))
    return _item_form(form, key, item)


@bp.route("/items/<int:item_id>/delete", methods=["GET", "POST"])
@permission_required("menus.edit")
def delete(item_id: int):
    item = _item_or_404(item_id)
    key, row, form = item.menu.key, _row(item), ConfirmForm()
    if form.validate_on_submit():
        services.delete_item(g.site.id, item.id, user=current_user)
        db.session.commit()
        flash(_("The item “%(name)s” was removed from the %(menu)s.", name=row.name,
                menu=services.menu_name(key)), "info")
        return redirect(url_for(".menu", key=key))
    return render_template("menus/delete.html", form=form, row=row, key=key,
                           menu_name=services.menu_name(key))


@bp.route("/items/<int:item_id>/move", methods=["POST"])
@permission_required("menus.edit")
def move(item_id: int):
    item = _item_or_404(item_id)
    form = MoveForm()
    if not form.validate_on_submit():
        abort(400)
    up = form.direction.data == "up"
    services.move_item(g.site.id, item.id, -1 if up else 1, user=current_user)
    db.session.commit()
    position, count = services.position_of(item)
    flash(_("“%(name)s” is now number %(position)d of %(count)d.", name=_row(item).name,
            position=position, count=count), "info")
    # Back to the same button, or to the other one when the item reached an end
    # (a disabled button cannot take the focus).
    if (up and position == 1) or (not up and position == count):
        up = not up
    return redirect(url_for(".menu", key=item.menu.key,
                            _anchor=f"item-{item.id}-{'up' if up else 'down'}"))


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return best == "application/json"


@bp.route("/<key>/order", methods=["POST"])
@permission_required("menus.edit")
def order(key: str):
    _check_key(key)
    form = OrderForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        items = services.reorder(g.site.id, key, form.id_list(), user=current_user)
    except ValidationError as exc:
        db.session.rollback()
        message = "; ".join(exc.errors.values())
        if _wants_json():
            return jsonify(ok=False, message=message), 400
        flash(message, "error")
        return redirect(url_for(".menu", key=key))
    db.session.commit()
    moved = next((i for i in items if str(i.id) == (form.moved.data or "")), None)
    if moved is not None:
        message = _("“%(name)s” is now number %(position)d of %(count)d.",
                    name=_row(moved).name, position=items.index(moved) + 1, count=len(items))
    else:
        message = _("The new order is saved.")
    if _wants_json():
        return jsonify(ok=True, message=message, order=[i.id for i in items])
    flash(message, "info")
    anchor = f"item-{moved.id}" if moved is not None else None
    return redirect(url_for(".menu", key=key, _anchor=anchor))
