"""`mkdocs gh-deploy` still publishes the committed sheets, for those who deploy from a branch."""
from __future__ import annotations

import os
import subprocess
import sys

from .tools import copy_project, require_tool


def test_mkdocs_gh_deploy_pushes_the_site_to_a_gh_pages_branch(tmp_path):
    """Pushed to a local bare repository standing in for GitHub: no network, the real command."""
    git = require_tool("git", "apt-get install git")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.com", GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    project = copy_project(tmp_path / "project")
    remote = tmp_path / "remote.git"

    def run(*cmd, cwd=project):
        proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc.stdout

    run(git, "init", "-q", "--bare", str(remote), cwd=tmp_path)
    run(git, "init", "-q", "-b", "main")
    run(git, "add", "-A")
    run(git, "commit", "-q", "-m", "content")
    run(git, "remote", "add", "origin", str(remote))
    run(sys.executable, "-m", "mkdocs", "gh-deploy", "--strict", "--no-history")
    published = run(git, "--git-dir", str(remote), "ls-tree", "-r", "--name-only", "gh-pages").split()
    sheets = [p.stem for p in (project / "content" / "meetings").glob("*.yaml")]
    assert {".nojekyll", "index.html", "sitemap.xml"} <= set(published)
    assert sheets and all(any(s in path for path in published) for s in sheets)   # a page per meeting
