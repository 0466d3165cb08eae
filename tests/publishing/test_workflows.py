"""The GitHub workflows: actionlint passes, and the Pages flow keeps the shape the README promises."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from .tools import ROOT, require_tool

WORKFLOWS = ROOT / ".github" / "workflows"
PAGES = WORKFLOWS / "pages.yml"
PULL_REQUEST = WORKFLOWS / "pull-request.yml"


def load(path):
    # PyYAML reads the key `on` as True (YAML 1.1); put it back.
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True)
    return data


def steps(workflow, job):
    return workflow["jobs"][job]["steps"]


def actionlint(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    tool = require_tool("actionlint", "pip install -e '.[test]'")
    # shellcheck checks the `run:` scripts when it is installed (it is on GitHub's runners).
    extra = [] if shutil.which("shellcheck") else ["-shellcheck="]
    return subprocess.run([tool, "-oneline", *extra, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_actionlint_passes_on_every_workflow():
    """actionlint (with shellcheck when available) finds nothing in .github/workflows."""
    files = sorted(str(p.relative_to(ROOT)) for p in WORKFLOWS.glob("*.y*ml"))
    assert files, "no workflow found"
    result = actionlint(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    """A control: the installed actionlint really checks action inputs and expressions."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/deploy-pages@v5\n        with:\n          no_such_input: 1\n"
        "      - run: echo ${{ steps.nope.outputs.url }}\n", encoding="utf-8")
    result = actionlint(str(broken), cwd=tmp_path)
    assert result.returncode == 1 and "no_such_input" in result.stdout, result.stdout + result.stderr


def test_pages_workflow_triggers_permissions_and_concurrency():
    """Push to main, a schedule and manual runs; deploy alone may write Pages; one run at a time."""
    flow = load(PAGES)
    assert flow["on"]["push"]["branches"] == ["main"]
    assert flow["on"]["schedule"][0]["cron"] and "workflow_dispatch" in flow["on"]
    assert flow["concurrency"]["group"] == "pages"
    assert flow["permissions"] == {"contents": "read"}
    deploy = flow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages" and "page_url" in deploy["environment"]["url"]
    assert deploy["needs"] == "build"


def test_pages_workflow_tests_before_it_builds_strictly_and_uploads():
    """The tests run first, then `digest build --strict`, then the upload of site/."""
    order = [s.get("uses", s.get("run", "")).split("@")[0] for s in steps(load(PAGES), "build")]
    tests = order.index("python -m pytest -q")
    build = next(i for i, s in enumerate(order) if s.startswith("digest build --strict"))
    upload = order.index("actions/upload-pages-artifact")
    assert tests < build < upload
    assert order.index("actions/configure-pages") < build       # the site's address is known
    assert next(s for s in steps(load(PAGES), "build")
                if s.get("uses", "").startswith("actions/upload-pages-artifact"))["with"]["path"] == "site"


def test_pull_requests_build_and_test_without_deploying():
    """The pull-request workflow runs the same tests and strict build, with no Pages rights."""
    flow = load(PULL_REQUEST)
    assert set(flow["on"]) == {"pull_request"}
    assert flow["permissions"] == {"contents": "read"}
    runs = [s.get("run", "") for job in flow["jobs"] for s in steps(flow, job)]
    uses = [s.get("uses", "") for job in flow["jobs"] for s in steps(flow, job)]
    assert "python -m pytest -q" in runs and any(r.startswith("digest build --strict") for r in runs)
    assert not any("pages" in u for u in uses)


def test_both_workflows_prepare_the_same_way():
    """The setup steps (Python, caches, packages, install) are written twice and must not drift."""
    def setup(flow, job):
        out = []
        for step in steps(flow, job):
            if step.get("run", "").startswith("python -m pytest"):
                return out
            out.append(step)
        pytest.fail("no test step")
    assert setup(load(PAGES), "build") == setup(load(PULL_REQUEST), "check")


def test_caches_are_keyed_as_documented():
    """pip's cache follows pyproject.toml; the extraction cache follows the code, gazetteers, articles."""
    prepared = steps(load(PAGES), "build")
    python = next(s for s in prepared if s.get("uses", "").startswith("actions/setup-python"))["with"]
    assert (python["cache"], python["cache-dependency-path"]) == ("pip", "pyproject.toml")
    cache = next(s for s in prepared if s.get("uses", "").startswith("actions/cache"))["with"]
    assert cache["path"] == ".digest-cache"
    for part in ("generator/**", "content/gazetteer/**", "content/articles/**"):
        assert part in cache["key"]
