FROM python:3.11-slim
WORKDIR /srv/hotline
COPY pyproject.toml README.md ./
COPY app ./app
RUN pip install --no-cache-dir -e '.[postgres]'
COPY templates ./templates
COPY static ./static
COPY migrations ./migrations
COPY seeds ./seeds
EXPOSE 8000
CMD ["hotline", "serve", "--host", "0.0.0.0", "--port", "8000"]
