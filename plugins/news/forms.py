"""The news editor's forms (CSRF-protected through Flask-WTF). Fields carry
what was typed; services.save_article checks it all."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (BooleanField, DateTimeLocalField, SelectChoice, SelectField, StringField,
                     TextAreaField)
from wtforms.validators import Optional

from gweb.timeutil import local_to_utc, utc_to_local

from .services import CATEGORIES, LANGUAGES, SUMMARY_MAX, TITLE_MAX

FORMAT = "%Y-%m-%dT%H:%M"
BAD_DATE = _l("Give a date and time such as 2026-01-31 09:00.")


def _when(label, description):
    return DateTimeLocalField(label, format=FORMAT, validators=[Optional()],
                              description=description)


class ArticleForm(FlaskForm):
    """An article: category, featured image, publication, pin, and its text per language.
    Times are typed in Vientiane time and stored in UTC."""

    category = SelectField(_l("Category"), validate_choice=False,
                           choices=[SelectChoice(k, v) for k, v in CATEGORIES.items()])
    image_id = SelectField(_l("Featured image"), choices=[], validate_choice=False,
                           description=_l("From the media library; upload the image there first."))
    published = BooleanField(_l("Published"), description=_l(
        "Leave unticked to keep a draft that visitors cannot see."))
    publish_at = _when(_l("Publication date"), _l(
        "Vientiane time. A date in the future keeps the article hidden until then."))
    pinned_until = _when(_l("Pin as an announcement until"), _l(
        "Vientiane time. Leave empty for an article that is not pinned."))
    title_lo = StringField(_l("Title"), render_kw={"maxlength": TITLE_MAX, "lang": "lo"})
    summary_lo = TextAreaField(_l("Summary"), render_kw={"rows": 3, "lang": "lo",
                                                         "maxlength": SUMMARY_MAX})
    body_lo = TextAreaField(_l("Text (HTML)"), render_kw={"rows": 12, "lang": "lo"})
    title_en = StringField(_l("Title"), render_kw={"maxlength": TITLE_MAX, "lang": "en"})
    summary_en = TextAreaField(_l("Summary"), render_kw={"rows": 3, "lang": "en",
                                                         "maxlength": SUMMARY_MAX})
    body_en = TextAreaField(_l("Text (HTML)"), render_kw={"rows": 12, "lang": "en"})

    def validate(self, extra_validators=None):
        ok = super().validate(extra_validators)
        for name in ("publish_at", "pinned_until"):  # WTForms' own message is English only
            if self[name].errors:
                self[name].errors = [str(BAD_DATE)]
        return ok

    @classmethod
    def data_of(cls, article) -> dict:
        """The form's values for an existing article."""
        data = {"category": article.category, "image_id": str(article.image_id or ""),
                "published": article.published, "publish_at": utc_to_local(article.publish_at),
                "pinned_until": utc_to_local(article.pinned_until)}
        for t in article.translations:
            data.update({f"title_{t.lang}": t.title, f"summary_{t.lang}": t.summary,
                         f"body_{t.lang}": t.body})
        return data

    def values(self) -> dict:
        """Keyword values for services.save_article (times in UTC)."""
        values = {"category": self.category.data, "image_id": self.image_id.data or None,
                  "published": self.published.data,
                  "publish_at": local_to_utc(self.publish_at.data),
                  "pinned_until": local_to_utc(self.pinned_until.data)}
        for lang in LANGUAGES:
            for part in ("title", "summary", "body"):
                values[f"{part}_{lang}"] = self[f"{part}_{lang}"].data
        return values


class PinForm(FlaskForm):
    """Pin an article until a time (Vientiane)."""

    pinned_until = _when(_l("Pin until"), _l("Vientiane time."))


class ConfirmForm(FlaskForm):
    """A bare form whose CSRF token confirms an action (delete, unpin)."""
