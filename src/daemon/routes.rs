//! The HTTP API: `POST /v1/clean`, `GET /healthz`, `GET /readyz`, `GET /metrics`.
//!
//! [`app`] builds the router without a socket, so handlers are tested with
//! `app(daemon).oneshot(request)` (axum's testing example) as well as through a real server.
//!
//! The checks on `/v1/clean` run cheapest first, and all before the body is read: content
//! type (415), readiness (503), `Content-Length` against `--max-body-bytes` (413), then a
//! permit of the in-flight semaphore (503 + `Retry-After`). Only then is the body read.

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::body::{Body, BodyDataStream, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures::{FutureExt, StreamExt};
use tokio::sync::OwnedSemaphorePermit;

use super::{ApiError, BATCH_SLICE_LINES, Daemon, Piece};
use crate::error::RecordError;

/// Most bytes of complete lines gathered into one batch slice.
const BATCH_SLICE_BYTES: usize = 1 << 20;

/// The router of the daemon's API over the shared `daemon`.
pub fn app(daemon: Arc<Daemon>) -> Router {
    Router::new()
        .route("/v1/clean", post(clean))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(daemon.clone(), count_responses))
        .with_state(daemon)
}

async fn count_responses(State(d): State<Arc<Daemon>>, req: Request, next: Next) -> Response {
    let (method, path) = (req.method().clone(), req.uri().path().to_owned());
    let r = next.run(req).await;
    d.metrics.response(r.status().as_u16());
    tracing::trace!(%method, %path, status = r.status().as_u16(), "Answered.");
    r
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError::NotFound(uri.path().to_owned())
}

async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

fn json_response(status: StatusCode, body: impl Into<Body>) -> Response {
    let mut r = (status, body.into()).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}

async fn healthz() -> Response {
    json_response(StatusCode::OK, "{\"status\":\"alive\"}\n")
}

async fn readyz(State(d): State<Arc<Daemon>>) -> Result<Response, ApiError> {
    if d.is_ready() {
        Ok(json_response(StatusCode::OK, "{\"status\":\"ready\"}\n"))
    } else {
        Err(d.refusal().unwrap_or(ApiError::ShuttingDown))
    }
}

async fn metrics(State(d): State<Arc<Daemon>>) -> Result<Response, ApiError> {
    // The scrape takes the engine lock, which a snapshot may hold for a while: off the
    // async workers.
    let text = tokio::task::spawn_blocking(move || d.scrape()).await.map_err(internal)?;
    let mut r = (StatusCode::OK, text).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    Ok(r)
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::Internal(e.to_string())
}

/// What a POST to `/v1/clean` carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `application/json`: one record.
    Single,
    /// `application/x-ndjson` (or `application/jsonl`): a batch, one record per line.
    Batch,
}

fn kind(headers: &HeaderMap) -> Result<Kind, ApiError> {
    let raw = headers.get(header::CONTENT_TYPE).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let mime = raw.as_deref().unwrap_or("").split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match mime.as_str() {
        "application/json" => Ok(Kind::Single),
        "application/x-ndjson" | "application/jsonl" => Ok(Kind::Batch),
        _ => Err(ApiError::UnsupportedMediaType(raw.unwrap_or_default())),
    }
}

fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers.get(header::CONTENT_LENGTH)?.to_str().ok()?.trim().parse().ok()
}

async fn clean(State(d): State<Arc<Daemon>>, req: Request) -> Result<Response, ApiError> {
    let r = clean_checked(&d, req).await;
    if let Err(e) = &r
        && !matches!(e, ApiError::Record(_))
    {
        // Malformed records are counted by the engine; these are refusals of the request.
        d.metrics.rejected(e.reason());
    }
    r
}

async fn clean_checked(d: &Arc<Daemon>, req: Request) -> Result<Response, ApiError> {
    let start = Instant::now();
    let kind = kind(req.headers())?;
    if let Some(e) = d.refusal() {
        return Err(e);
    }
    let limit = d.opts.max_body_bytes;
    if content_length(req.headers()).is_some_and(|n| n > limit) {
        return Err(ApiError::BodyTooLarge { limit });
    }
    let permit = d.permits.clone().try_acquire_owned().map_err(|_| ApiError::Overloaded(d.opts.max_in_flight))?;
    let body = req.into_body();
    match kind {
        Kind::Single => {
            let r = single(d, body).await;
            d.metrics.single.observe(start.elapsed());
            drop(permit);
            r
        }
        Kind::Batch => Ok(batch(d.clone(), body, permit, start)),
    }
}

/// Reads a whole body of at most `limit` bytes within the request timeout.
async fn read_body(d: &Daemon, body: Body) -> Result<Vec<u8>, ApiError> {
    let limit = d.opts.max_body_bytes;
    let timeout = d.opts.request_timeout;
    let read = async {
        let mut stream = body.into_data_stream();
        let mut buf = Vec::new();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| ApiError::UnreadableBody(e.to_string()))?;
            if (buf.len() + chunk.len()) as u64 > limit {
                return Err(ApiError::BodyTooLarge { limit });
            }
            buf.extend_from_slice(&chunk);
        }
        Ok(buf)
    };
    tokio::time::timeout(timeout, read).await.map_err(|_| ApiError::Timeout(timeout.as_secs()))?
}

/// One record: 200 with the cleaned record (newline-terminated, the same bytes `clean` writes
/// for it), or 400 when it is malformed.
async fn single(d: &Arc<Daemon>, body: Body) -> Result<Response, ApiError> {
    let bytes = read_body(d, body).await?;
    let piece = if bytes.len() as u64 > d.opts.max_record_bytes {
        Piece::TooLong(bytes.len() as u64)
    } else {
        Piece::Line(bytes)
    };
    let dd = d.clone();
    let (line, error) = tokio::task::spawn_blocking(move || {
        let o = dd.decide_all(vec![piece])?.pop().ok_or_else(|| internal("no outcome for a record"))?;
        Ok::<_, ApiError>((dd.render(&o), o.error().cloned()))
    })
    .await
    .map_err(internal)??;
    match (line, error) {
        (Some(line), _) => Ok(json_response(StatusCode::OK, line)),
        (None, Some(e)) => Err(ApiError::Record(e)),
        (None, None) => Err(internal("a record without verdict or error")),
    }
}

/// The error line that stands for line `line` of a batch: `{"line": N, "error": "...",
/// "reason": "<code>"}`.
fn error_line(line: u64, reason: &str, error: &str) -> Vec<u8> {
    #[derive(serde::Serialize)]
    struct ErrorLine<'a> {
        line: u64,
        error: &'a str,
        reason: &'a str,
    }
    let mut v =
        serde_json::to_vec(&ErrorLine { line, error, reason }).expect("a struct of a number and strings serialises");
    v.push(b'\n');
    v
}

/// Splits a byte stream into lines, never holding more than `max` bytes of one line: a longer
/// line is counted and skipped (it becomes a `too_long` error line).
#[derive(Debug)]
pub(crate) struct LineSplitter {
    max: u64,
    partial: Vec<u8>,
    /// Bytes of the current line when it is over `max`.
    overlong: Option<u64>,
}

impl LineSplitter {
    pub(crate) fn new(max: u64) -> Self {
        LineSplitter { max, partial: Vec::new(), overlong: None }
    }

    /// Adds `chunk`; every line it completes is pushed onto `out`.
    pub(crate) fn push(&mut self, mut chunk: &[u8], out: &mut Vec<Piece>) {
        while let Some(i) = memchr::memchr(b'\n', chunk) {
            self.take(&chunk[..i]);
            out.push(self.end_line());
            chunk = &chunk[i + 1..];
        }
        self.take(chunk);
    }

    /// The end of the stream: a last line without a newline is still a line.
    pub(crate) fn finish(&mut self, out: &mut Vec<Piece>) {
        if self.overlong.is_some() || !self.partial.is_empty() {
            out.push(self.end_line());
        }
    }

    fn take(&mut self, part: &[u8]) {
        if let Some(n) = &mut self.overlong {
            *n += part.len() as u64;
        } else if (self.partial.len() + part.len()) as u64 > self.max {
            self.overlong = Some((self.partial.len() + part.len()) as u64);
            self.partial = Vec::new();
        } else {
            self.partial.extend_from_slice(part);
        }
    }

    fn end_line(&mut self) -> Piece {
        match self.overlong.take() {
            Some(n) => Piece::TooLong(n),
            None => Piece::Line(std::mem::take(&mut self.partial)),
        }
    }
}

/// A batch in progress: the response stream pulls it one slice at a time.
struct BatchState {
    d: Arc<Daemon>,
    body: BodyDataStream,
    split: LineSplitter,
    /// Lines of the batch handed to the engine so far.
    lines: u64,
    /// Body bytes read so far.
    read: u64,
    deadline: tokio::time::Instant,
    start: Instant,
    /// Held until the last line is written: a batch counts as in flight until then.
    _permit: OwnedSemaphorePermit,
    done: bool,
}

/// A batch: 200 at once, then one output line per input line, in order, as they are decided.
fn batch(d: Arc<Daemon>, body: Body, permit: OwnedSemaphorePermit, start: Instant) -> Response {
    let st = BatchState {
        split: LineSplitter::new(d.opts.max_record_bytes),
        deadline: tokio::time::Instant::now() + d.opts.request_timeout,
        d,
        body: body.into_data_stream(),
        lines: 0,
        read: 0,
        start,
        _permit: permit,
        done: false,
    };
    let stream = futures::stream::unfold(st, |mut st| async move {
        let out = next_slice(&mut st).await?;
        Some((Ok::<_, std::io::Error>(Bytes::from(out)), st))
    });
    let mut r = (StatusCode::OK, Body::from_stream(stream)).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/x-ndjson"));
    r
}

/// Reads up to one slice of lines, decides them and returns their output lines; `None` at
/// the end of the batch.
async fn next_slice(st: &mut BatchState) -> Option<Vec<u8>> {
    if st.done {
        st.d.metrics.batch.observe(st.start.elapsed());
        return None;
    }
    let limit = st.d.opts.max_body_bytes;
    let mut pieces = Vec::new();
    let mut tail: Option<ApiError> = None;
    let mut pending = 0usize;
    while pieces.len() < BATCH_SLICE_LINES && pending < BATCH_SLICE_BYTES {
        // Wait for the body only while no complete line is in hand; once one is, take only
        // what has already arrived, so a trickling client gets each answer at once and a fast
        // one gets them in slices. (`next` is cancel-safe: dropping it loses no data.)
        let next = if pieces.is_empty() {
            tokio::time::timeout_at(st.deadline, st.body.next()).await
        } else {
            match st.body.next().now_or_never() {
                Some(item) => Ok(item),
                None => break,
            }
        };
        match next {
            Err(_) => tail = Some(ApiError::Timeout(st.d.opts.request_timeout.as_secs())),
            Ok(None) => {
                st.split.finish(&mut pieces);
                st.done = true;
            }
            Ok(Some(Err(e))) => tail = Some(ApiError::UnreadableBody(e.to_string())),
            Ok(Some(Ok(chunk))) => {
                st.read += chunk.len() as u64;
                if st.read > limit {
                    // Lines completed before the limit are answered; the rest is not read.
                    tail = Some(ApiError::BodyTooLarge { limit });
                } else {
                    let before = pieces.len();
                    st.split.push(&chunk, &mut pieces);
                    pending += pieces[before..]
                        .iter()
                        .map(|p| match p {
                            Piece::Line(l) => l.len(),
                            Piece::TooLong(_) => 0,
                        })
                        .sum::<usize>();
                }
            }
        }
        if tail.is_some() {
            st.done = true;
        }
        if st.done {
            break;
        }
    }
    let first = st.lines + 1;
    st.lines += pieces.len() as u64;
    let mut out = Vec::new();
    if !pieces.is_empty() {
        let d = st.d.clone();
        let r = tokio::task::spawn_blocking(move || {
            let outcomes = d.decide_all(pieces)?;
            let mut out = Vec::new();
            for (i, o) in outcomes.iter().enumerate() {
                match d.render(o) {
                    Some(line) => out.extend_from_slice(&line),
                    None => {
                        let e = o.error().cloned().unwrap_or(RecordError::Input("no verdict".into()));
                        out.extend_from_slice(&error_line(first + i as u64, e.reason(), &e.to_string()));
                    }
                }
            }
            Ok::<_, ApiError>(out)
        })
        .await
        .map_err(internal)
        .and_then(|r| r);
        match r {
            Ok(o) => out = o,
            Err(e) => {
                // The engine is gone (shutdown) or a bug: the batch ends here, saying so.
                if let ApiError::Internal(detail) = &e {
                    tracing::error!(detail = %detail, "Internal error in a batch.");
                }
                st.lines = first - 1;
                tail = Some(e);
                st.done = true;
            }
        }
    }
    if let Some(e) = tail {
        st.d.metrics.rejected(e.reason());
        out.extend_from_slice(&error_line(st.lines + 1, e.reason(), &e.to_string()));
    }
    if out.is_empty() {
        // Only reachable at the end (an empty body, or a last read with no line in it).
        st.d.metrics.batch.observe(st.start.elapsed());
        st.done = true;
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(chunks: &[&[u8]], max: u64) -> Vec<String> {
        let mut s = LineSplitter::new(max);
        let mut out = Vec::new();
        for c in chunks {
            s.push(c, &mut out);
        }
        s.finish(&mut out);
        out.into_iter()
            .map(|p| match p {
                Piece::Line(l) => String::from_utf8(l).unwrap(),
                Piece::TooLong(n) => format!("<{n}>"),
            })
            .collect()
    }

    #[test]
    fn splits_lines_across_chunks_and_keeps_a_last_unterminated_line() {
        assert_eq!(split(&[b"ab", b"c\nd", b"e\n\nf"], 100), ["abc", "de", "", "f"]);
        assert_eq!(split(&[b"a\n"], 100), ["a"]);
        assert!(split(&[b""], 100).is_empty());
    }

    #[test]
    fn an_overlong_line_is_counted_not_held() {
        assert_eq!(split(&[b"abcd", b"efgh", b"ij\nok\n"], 5), ["<10>", "ok"]);
        assert_eq!(split(&[b"abcdef"], 5), ["<6>"]);
        assert_eq!(split(&[b"abcde\n"], 5), ["abcde"]);
    }

    async fn call(app: Router, req: axum::http::Request<Body>) -> (StatusCode, HeaderMap, String) {
        use tower::ServiceExt;
        let r = app.oneshot(req).await.unwrap();
        let (parts, body) = r.into_parts();
        let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
        (parts.status, parts.headers, String::from_utf8(bytes.to_vec()).unwrap())
    }

    fn post(ct: &str, body: &str) -> axum::http::Request<Body> {
        axum::http::Request::post("/v1/clean").header("content-type", ct).body(Body::from(body.to_owned())).unwrap()
    }

    fn get(path: &str) -> axum::http::Request<Body> {
        axum::http::Request::get(path).body(Body::empty()).unwrap()
    }

    #[tokio::test]
    async fn while_the_state_loads_healthz_is_alive_and_the_rest_says_503_not_ready() {
        let engine = crate::Config::default().build().unwrap();
        let d = Daemon::empty(&engine, super::super::ServeOptions::default());
        let (st, _, body) = call(app(d.clone()), get("/healthz")).await;
        assert_eq!((st, body.as_str()), (StatusCode::OK, "{\"status\":\"alive\"}\n"));
        let (st, h, body) = call(app(d.clone()), get("/readyz")).await;
        assert_eq!(st, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(h.get(header::RETRY_AFTER).unwrap(), "1");
        assert!(body.contains("not_ready"), "{body}");
        let (st, h, body) = call(app(d.clone()), post("application/json", "{\"text\":\"a b c\"}")).await;
        assert_eq!(st, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(h.get(header::RETRY_AFTER).unwrap(), "1");
        assert!(body.contains("not_ready"), "{body}");
        let (st, _, body) = call(app(d.clone()), get("/metrics")).await;
        assert_eq!(st, StatusCode::OK);
        assert!(body.contains("gleaner_ready 0\n"), "{body}");

        d.install(engine);
        let (st, _, _) = call(app(d.clone()), get("/readyz")).await;
        assert_eq!(st, StatusCode::OK);
        let (st, h, body) = call(app(d.clone()), post("application/json", "{\"text\":\"a b c\"}")).await;
        assert_eq!(st, StatusCode::OK);
        assert_eq!(h.get(header::CONTENT_TYPE).unwrap(), "application/json");
        assert!(body.ends_with("}\n") && body.contains("\"verdict\":\"kept\""), "{body}");

        // After the final save the engine is gone: no decision can be lost.
        let (engine, saved) = d.finish().unwrap();
        assert_eq!((engine.totals().kept, saved), (1, None));
        let (st, _, body) = call(app(d.clone()), post("application/json", "{\"text\":\"x y z\"}")).await;
        assert_eq!(st, StatusCode::SERVICE_UNAVAILABLE);
        assert!(body.contains("shutting_down"), "{body}");
    }

    #[test]
    fn content_types() {
        let h = |v: &str| {
            let mut m = HeaderMap::new();
            m.insert(header::CONTENT_TYPE, HeaderValue::from_str(v).unwrap());
            kind(&m)
        };
        assert_eq!(h("application/json").unwrap(), Kind::Single);
        assert_eq!(h("Application/JSON; charset=utf-8").unwrap(), Kind::Single);
        assert_eq!(h("application/x-ndjson").unwrap(), Kind::Batch);
        assert!(h("text/plain").is_err());
        assert!(kind(&HeaderMap::new()).is_err());
    }
}
