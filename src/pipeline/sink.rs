//! Writing JSON Lines to any `AsyncWrite`, buffered, counting lines.

use tokio::io::{AsyncWrite, AsyncWriteExt, BufWriter};

/// A buffered JSON Lines writer.
pub struct JsonlSink<W: AsyncWrite + Unpin> {
    inner: BufWriter<W>,
    lines: u64,
}

impl<W: AsyncWrite + Unpin> JsonlSink<W> {
    /// Wraps a writer.
    pub fn new(w: W) -> Self {
        JsonlSink { inner: BufWriter::with_capacity(1 << 16, w), lines: 0 }
    }

    /// Writes bytes holding `lines` complete lines.
    ///
    /// # Errors
    /// The writer's I/O error.
    pub async fn write(&mut self, bytes: &[u8], lines: u64) -> std::io::Result<()> {
        if !bytes.is_empty() {
            self.inner.write_all(bytes).await?;
        }
        self.lines += lines;
        Ok(())
    }

    /// Flushes everything written so far.
    ///
    /// # Errors
    /// The writer's I/O error.
    pub async fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush().await
    }

    /// Lines written.
    pub fn lines(&self) -> u64 {
        self.lines
    }
}
