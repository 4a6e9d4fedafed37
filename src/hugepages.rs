//! Transparent huge pages for the index's large tables: a memory hint, not I/O.
//!
//! A query probes hundreds of random buckets; once the tables outgrow the caches each probe is
//! a cache miss and, with 4 KiB pages, a TLB miss too. Where the kernel's transparent huge
//! pages are in `madvise` mode (the common default), asking for them before the table is first
//! written maps it in 2 MiB pages instead.

/// A vector of `n` copies of `fill`, its memory advised to use huge pages when it is large.
pub(crate) fn filled_vec<T: Copy>(fill: T, n: usize) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(n);
    advise(v.as_mut_ptr().cast(), n * std::mem::size_of::<T>());
    v.resize(n, fill);
    v
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn advise(ptr: *mut u8, len: usize) {
    const HUGE: usize = 2 << 20;
    if len < 4 * HUGE {
        return;
    }
    // The whole 2 MiB pages inside the allocation.
    let start = (ptr as usize).next_multiple_of(HUGE);
    let end = (ptr as usize + len) / HUGE * HUGE;
    if end > start {
        // SAFETY: the range lies inside an allocation this process owns; MADV_HUGEPAGE only
        // changes how the kernel backs it, never its contents. Failure is harmless (ignored).
        unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE) };
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn advise(_ptr: *mut u8, _len: usize) {}
