"""`gweb site create|create-departments|suspend|resume|delete|check` as an
operator runs them (in-process CLI runner, on the test database)."""
from gweb.extensions import db
from gweb.sites import services
from gweb.sites.models import Site


def _run(app, *args, lang="C.UTF-8", input=None):
    from flask_babel import refresh

    refresh()  # each real command is its own process, with the locale chosen afresh
    return app.test_cli_runner().invoke(args=["site", *args], env={"LANG": lang, "LC_ALL": ""},
                                        input=input)


def test_two_creates_give_two_sites_on_two_hostnames_that_check_reports(app, site):
    first = _run(app, "create", "--domain", "mof.gov.la", "--name-lo", "ກະຊວງການເງິນ",
                 "--name-en", "Ministry of Finance", "--template-site", "ministry.test",
                 "--alias", "www.mof.gov.la")
    assert first.exit_code == 0, first.output
    assert "mof.gov.la" in first.output
    second = _run(app, "create", "--domain", "moh.gov.la", "--name-lo", "ກະຊວງສາທາ",
                  "--name-en", "Ministry of Health")
    assert second.exit_code == 0, second.output
    assert services.find_site("www.mof.gov.la").primary_domain == "mof.gov.la"
    check = _run(app, "check")
    assert check.exit_code == 1  # new sites have no logo yet
    for domain in ("ministry.test", "mof.gov.la", "moh.gov.la"):
        assert f"{domain}: " in check.output
    assert "The site has no logo." in check.output


def test_a_ministry_creates_its_departments_with_one_command(app, site, tmp_path):
    listing = tmp_path / "departments.csv"
    listing.write_text("domain,name_lo,name_en\ntax.ministry.test,ກົມສ່ວຍສາອາກອນ,Tax Department\n"
                       "customs.ministry.test,ກົມພາສີ,Customs Department\n", encoding="utf-8")
    result = _run(app, "create-departments", "--parent", "ministry.test", "--file", str(listing))
    assert result.exit_code == 0, result.output
    assert services.find_site("customs.ministry.test").name("en") == "Customs Department"


def test_suspend_resume_and_delete_from_the_command_line(app, site):
    _run(app, "create", "--domain", "dept.test", "--name-lo", "ກົມ", "--name-en", "Dept")
    assert _run(app, "suspend", "dept.test").exit_code == 0
    assert services.find_site("dept.test").status == "suspended"
    assert _run(app, "resume", "dept.test").exit_code == 0
    db.session.expire_all()
    assert services.find_site("dept.test").status == "active"
    refused = _run(app, "delete", "dept.test", input="wrong.test\n")
    assert refused.exit_code == 1 and "dept.test" in refused.output
    assert _run(app, "delete", "dept.test", "--confirm", "dept.test").exit_code == 0
    assert db.session.query(Site).count() == 1


def test_bad_input_is_refused_in_one_line_in_the_operators_language(app, site):
    invalid = _run(app, "create", "--domain", "not a domain", "--name-lo", "ກ", "--name-en", "X")
    assert invalid.exit_code == 1 and "not a valid domain name" in invalid.output
    unknown = _run(app, "suspend", "nosuch.test")
    assert unknown.exit_code == 1 and "No site has the domain nosuch.test" in unknown.output
    taken = _run(app, "create", "--domain", "MINISTRY.test", "--name-lo", "ກ", "--name-en", "X",
                 lang="lo_LA.UTF-8")
    assert taken.exit_code == 1 and "ເປັນຂອງເວັບໄຊອື່ນແລ້ວ" in taken.output
    assert db.session.query(Site).count() == 1


def test_an_operator_adds_a_domain_to_a_site_and_cannot_remove_its_primary(app, site):
    added = _run(app, "domain", "add", "ministry.test", "www.ministry.test")
    assert added.exit_code == 0, added.output
    assert services.find_site("www.ministry.test").id == site.id
    refused = _run(app, "domain", "remove", "ministry.test", "ministry.test")
    assert refused.exit_code == 1 and "primary domain" in refused.output
