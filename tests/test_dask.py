"""extract --dask: the same records as a local run, from a LocalCluster."""

from pathlib import Path

import pytest

pytest.importorskip("distributed")

from typer.testing import CliRunner

from policymine.cli import app

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.mark.slow
def test_dask_local_cluster_gives_the_local_output():
    runner = CliRunner()
    local = runner.invoke(app, ["extract", str(SEEDS), "-f", "jsonl", "-q"])
    jobs = runner.invoke(app, ["extract", str(SEEDS), "-f", "jsonl", "-q", "--jobs", "2"])
    dask = runner.invoke(app, ["extract", str(SEEDS), "-f", "jsonl", "-q", "--dask", "local"])
    assert local.exit_code == jobs.exit_code == dask.exit_code == 0, dask.stderr
    assert local.stdout == jobs.stdout == dask.stdout
    assert len(dask.stdout.splitlines()) == 5


@pytest.mark.slow
def test_unreachable_scheduler_is_a_clear_error():
    r = CliRunner().invoke(app, ["extract", str(SEEDS), "-f", "jsonl", "-q", "--dask", "tcp://127.0.0.1:1"])
    assert r.exit_code == 1 and "Dask scheduler" in r.stderr and "Traceback" not in r.stderr
