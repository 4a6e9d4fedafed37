//! Errors of the HTTP API: each one is a status code plus a JSON body `{"error": "..."}`.
//!
//! A client's mistake (4xx) is the client's to fix and is not logged above DEBUG; a server
//! fault (500) is logged in full at ERROR and the client sees a generic message (axum's
//! error-handling example). Every 503 carries `Retry-After`, so a well-behaved scraper backs
//! off instead of hammering a shedding or restarting daemon.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::error::RecordError;

/// Why a request was not answered with a cleaned record.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ApiError {
    /// The record is malformed (400); the engine counted it.
    #[error("{0}")]
    Record(RecordError),
    /// The body could not be read (400): the client went away or sent a broken stream.
    #[error("cannot read the request body: {0}")]
    UnreadableBody(String),
    /// The body is larger than `--max-body-bytes` (413).
    #[error("request body exceeds {limit} bytes (--max-body-bytes)")]
    BodyTooLarge {
        /// The limit.
        limit: u64,
    },
    /// Neither `application/json` nor `application/x-ndjson` (415).
    #[error("unsupported content type {0:?}: send application/json (one record) or application/x-ndjson (a batch)")]
    UnsupportedMediaType(String),
    /// More than `--max-in-flight` requests are being processed (503).
    #[error("overloaded: {0} requests in flight (--max-in-flight); retry later")]
    Overloaded(usize),
    /// The snapshot is still loading (503).
    #[error("not ready: the state is still loading")]
    NotReady,
    /// The daemon is shutting down and takes no more records (503).
    #[error("shutting down")]
    ShuttingDown,
    /// The body did not arrive within `--request-timeout` (408).
    #[error("the request body did not arrive within {0} s (--request-timeout)")]
    Timeout(u64),
    /// No such route (404).
    #[error("no such endpoint: {0}")]
    NotFound(String),
    /// The route exists, the method does not (405).
    #[error("method not allowed")]
    MethodNotAllowed,
    /// A bug or a failure of the server itself (500); the detail goes to the log only.
    #[error("internal error")]
    Internal(String),
    /// The shared index (`--index redis://`) did not answer in time (503); the detail goes to
    /// the log only.
    #[error("the shared index is unavailable")]
    IndexUnavailable(String),
}

impl ApiError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Record(_) | ApiError::UnreadableBody(_) => StatusCode::BAD_REQUEST,
            ApiError::BodyTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Overloaded(_) | ApiError::NotReady | ApiError::ShuttingDown | ApiError::IndexUnavailable(_) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            ApiError::Timeout(_) => StatusCode::REQUEST_TIMEOUT,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A stable snake_case code, used as the `reason` of the JSON body and as a metric label.
    pub fn reason(&self) -> &'static str {
        match self {
            ApiError::Record(e) => e.reason(),
            ApiError::UnreadableBody(_) => "unreadable_body",
            ApiError::BodyTooLarge { .. } => "body_too_large",
            ApiError::UnsupportedMediaType(_) => "unsupported_media_type",
            ApiError::Overloaded(_) => "overloaded",
            ApiError::NotReady => "not_ready",
            ApiError::ShuttingDown => "shutting_down",
            ApiError::Timeout(_) => "timeout",
            ApiError::NotFound(_) => "not_found",
            ApiError::MethodNotAllowed => "method_not_allowed",
            ApiError::Internal(_) => "internal",
            ApiError::IndexUnavailable(_) => "index_unavailable",
        }
    }

    /// The JSON body: `{"error": message, "reason": code}`.
    pub fn body(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec(&serde_json::json!({"error": self.to_string(), "reason": self.reason()}))
            .expect("a JSON object of two strings serialises");
        v.push(b'\n');
        v
    }
}

/// Seconds a client should wait after a 503.
const RETRY_AFTER_SECS: &str = "1";

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        match &self {
            ApiError::Internal(detail) => tracing::error!(detail = %detail, "Internal error answering a request."),
            ApiError::IndexUnavailable(detail) => {
                tracing::warn!(detail = %detail, "Shared index unavailable; answered 503.")
            }
            _ => tracing::debug!(status = status.as_u16(), reason = self.reason(), error = %self, "Request refused."),
        }
        let mut r = (status, self.body()).into_response();
        let h = r.headers_mut();
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if status == StatusCode::SERVICE_UNAVAILABLE {
            h.insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER_SECS));
        }
        if matches!(self, ApiError::BodyTooLarge { .. } | ApiError::Timeout(_)) {
            // The body was not read to its end: the connection cannot carry another request.
            h.insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        r
    }
}
