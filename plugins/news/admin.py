"""The news editor at /admin/news/: list, write, edit, delete, pin and unpin.

Authors (news.write) write and change drafts; editors (news.edit) also
publish, pin, unpin and delete.
"""
from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from wtforms import SelectChoice

from gweb.admin.forms import save_and_redirect
from gweb.admin.guard import permission_required
from gweb.exceptions import ValidationError
from gweb.i18n import current_lang
from gweb.timeutil import local_to_utc, utcnow
from gweb.users.permissions import can

from . import services
from .forms import ArticleForm, ConfirmForm, PinForm

bp = Blueprint("news_admin", __name__, url_prefix="/admin/news", template_folder="templates")


def _article_or_404(article_id: int):
    article = services.get_article(g.site.id, article_id)
    if article is None:
        abort(404)
    return article


def _may_publish() -> bool:
    return can(current_user, g.site.id, "news.edit")


@bp.route("/")
@permission_required("news.write")
def index():
    return render_template("news/admin/list.html", articles=services.list_articles(g.site.id),
                           now=utcnow(), may_publish=_may_publish(), pin_form=ConfirmForm(),
                           category_label=services.category_label)


@bp.route("/new", methods=["GET", "POST"])
@bp.route("/<int:article_id>/edit", methods=["GET", "POST"])
@permission_required("news.write")
def edit(article_id: int | None = None):
    article = _article_or_404(article_id) if article_id else None
    may_publish = _may_publish()
    if article is not None and article.published and not may_publish:
        abort(403)
    form = ArticleForm(data=ArticleForm.data_of(article) if article else None)
    lang = current_lang()
    form.image_id.choices = [SelectChoice("", _("No image"))] + [
        SelectChoice(str(m.id), f"{m.original_name} — {m.alt(lang)}" if m.alt(lang)
                     else m.original_name) for m in services.image_choices(g.site.id)]
    done = save_and_redirect(
        form, lambda: services.save_article(g.site.id, form.values(), user=current_user,
                                            article=article, may_publish=may_publish),
        lambda saved: _("The article was saved.") if saved.published or may_publish
        else _("The draft was saved; an editor publishes it."), url_for(".index"))
    return done or render_template("news/admin/form.html", form=form, article=article,
                                   may_publish=may_publish, languages=services.LANGUAGES)


@bp.route("/<int:article_id>/delete", methods=["GET", "POST"])
@permission_required("news.edit")
def delete(article_id: int):
    article = _article_or_404(article_id)
    form = ConfirmForm()
    done = save_and_redirect(form, lambda: services.delete_article(
        g.site.id, article, user=current_user), _("The article was deleted."), url_for(".index"))
    return done or render_template("news/admin/delete.html", form=form, article=article)


@bp.route("/<int:article_id>/pin", methods=["GET", "POST"])
@permission_required("news.edit")
def pin(article_id: int):
    article = _article_or_404(article_id)
    form = PinForm()

    def pin_until():
        until = local_to_utc(form.pinned_until.data)
        if until is None:
            raise ValidationError({"pinned_until": _("Choose an expiry in the future.")})
        services.set_pin(g.site.id, article, until, user=current_user)

    done = save_and_redirect(form, pin_until, _("The announcement is pinned."), url_for(".index"))
    if form.is_submitted() and form.pinned_until.errors and not form.pinned_until.data:
        form.pinned_until.errors = [_("Give a date and time such as 2026-01-31 09:00.")]
    return done or render_template("news/admin/pin.html", form=form, article=article)


@bp.route("/<int:article_id>/unpin", methods=["POST"])
@permission_required("news.edit")
def unpin(article_id: int):
    article = _article_or_404(article_id)
    if ConfirmForm().validate_on_submit():
        services.set_pin(g.site.id, article, None, user=current_user)
        flash(_("The announcement is no longer pinned."), "info")
    return redirect(url_for(".index"))
