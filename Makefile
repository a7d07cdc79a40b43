# Two commands on a fresh machine: `make run` and `make test`. Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Prefect state stays inside the project unless the user points elsewhere.
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120

.PHONY: install run test eval model bench lock clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m pip check
	@# Create Prefect's local database now: on a fresh home its migrations cost the first run
	@# ~6 s (more on slow disks) inside the temporary server's start-up timeout.
	@mkdir -p "$(PREFECT_HOME)" && $(BIN)/prefect server database upgrade -y >/dev/null
	@touch $@

run: install
	$(BIN)/newsclean run

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/newsclean eval

# Retrain the clean stage's line model and headline chooser after editing the rules or the dev sets (~3 min).
model: install
	$(BIN)/newsclean train-model

bench: install
	$(BIN)/newsclean bench

# Re-resolve the pinned set from requirements.in in a scratch venv.
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/python -m pip install --quiet -r requirements.in
	.lockenv/bin/python -m pip check
	(echo "# Fully pinned set resolved from requirements.in (make lock)."; .lockenv/bin/python -m pip freeze) > requirements.lock
	rm -rf .lockenv

clean:
	rm -rf $(VENV) .prefect build *.egg-info
