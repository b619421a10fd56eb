# The translation-quality service, offline once built: the default MarianMT
# models are downloaded at build time into the image.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_DISABLE_PROGRESS_BARS=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH

# Grammar checker and spelling dictionaries come from Debian. Versions follow
# the bookworm point releases (security fixes), hence no pins.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3-grammalecte hunspell-fr hunspell-en-us hunspell-tools \
       hunspell-it hunspell-es hunspell-pt-pt \
       dict-freedict-eng-fra dict-freedict-fra-eng \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
# The CPU build of torch (the default index would add gigabytes of CUDA).
RUN python -m venv "$VIRTUAL_ENV" \
    && pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
    && pip install -r requirements.txt \
    && mkdir -p "$VIRTUAL_ENV/debian-site" \
    && ln -s /usr/lib/python3/dist-packages/grammalecte "$VIRTUAL_ENV/debian-site/grammalecte" \
    && echo "$VIRTUAL_ENV/debian-site" > "$(python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/tqc-debian-site.pth"

COPY checks/ checks/
COPY service/ service/
COPY fixtures/ fixtures/
# The project itself (pyproject.toml), editable so that the code and fixtures/
# stay together in /app: gives the `tqc` command.
COPY pyproject.toml README.md ./
RUN pip install --no-deps -e .

# Models at build time, readable by the service user (safetensors are 0600);
# `models download` calibrates them right after (SPEC section 11) and writes
# /opt/models/calibration.json, which TQC_CALIBRATION hands to every verb.
RUN TQC_DB=/tmp/build.sqlite3 python -m service models download --dir /opt/models \
    && test -s /opt/models/calibration.json \
    && rm -f /tmp/build.sqlite3* \
    && chmod -R a+rX /opt/models

RUN useradd --system --uid 10001 --home-dir /var/lib/tqc --create-home tqc
ENV TQC_MODEL_FR_EN=/opt/models/opus-mt-fr-en \
    TQC_MODEL_EN_FR=/opt/models/opus-mt-en-fr \
    TQC_DB=/var/lib/tqc/tqc.sqlite3 \
    TQC_CALIBRATION=/opt/models/calibration.json \
    HF_HUB_OFFLINE=1
USER 10001
VOLUME ["/var/lib/tqc"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]

CMD ["python", "-m", "service", "serve", "--host", "0.0.0.0", "--port", "8000"]
