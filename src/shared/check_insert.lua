-- gleaner: atomic near-duplicate check-and-insert on the shared index (one record per call).
--
-- The whole decision runs inside this script, so Redis executes it as one step: of two workers
-- that send copies of one article at the same moment, the first script to run inserts it and
-- the second finds it. It mirrors NearDupFilter::check and ::insert (src/stages/neardup/mod.rs)
-- on the layout of src/stages/neardup/wire.rs; tests/redis.rs checks that both agree.
--
-- KEYS (all of one index, under one hash tag, so the script touches one Cluster slot):
--   1 meta  hash: seq (last sequence number given), head (oldest sequence possibly held),
--           evicted, layout (checked by the client at connect)
--   2 exact hash: 16-byte exact hash -> sequence number
--   3 docs  hash: sequence number (decimal) -> stored document (wire.rs `doc_blob`):
--           fp 8 | exact 16 | sketch 32 | digits 16 | time 4 | token length 2 | token | id
--   4 bp    hash: 8-byte boilerplate counter key -> number of kept documents holding it
--   5..     one hash per table: 8-byte band key (fp AND table mask) -> entries of 16 bytes,
--           the fingerprint (2 x i4, big-endian) and the sequence number (double)
-- ARGV:
--   1 k (largest distance for this record)      2 near: '1' when sketches may confirm
--   3 need_sketch: byte n+1 = fewest equal bins out of n comparable that confirm (255 never)
--   4 digit rule (wire.rs `digit_rule`, digits.rs `DigitRule::to_bytes`), big-endian u32s:
--     differ, then lc[0..128] (tokens behind x set bits, in 1/1024ths), then need[0..128]
--     (for u bits set in the union of the two maps, the least lc[a] + lc[b] that confirms)
--   5 fp (8 bytes)   6 exact (16 bytes)   7 the document to store   8 token (the record's
--   source: the same token means the same record, seen again after a retry or a redelivery)
--   9 max_docs      10 min_time (evict documents older than this; 0: no time window)
--  11 boilerplate counter keys to count if kept (8 bytes each)   12 most counters kept
--  13 the table masks (8 bytes each)   14 probes per table, space-separated
--  15.. the probes: for each table, its probe keys, the record's own band key first
-- Returns {1, seq} kept (inserted), {3, seq} kept before under the same token (nothing
-- changed), or {2, id, distance, equal bins, comparable bins, exact (0/1)} a duplicate.

local meta, exact_key, docs, bp = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local ntables = #KEYS - 4
local k = tonumber(ARGV[1])
local near = ARGV[2] == '1'
local need_sketch, digit_rule = ARGV[3], ARGV[4]
local fp, exact, blob, token = ARGV[5], ARGV[6], ARGV[7], ARGV[8]
local max_docs, min_time = tonumber(ARGV[9]), tonumber(ARGV[10])

local function token_of(d)
  local n = struct.unpack('>I2', d, 77)
  return string.sub(d, 79, 78 + n)
end

local function id_of(d)
  local n = struct.unpack('>I2', d, 77)
  return string.sub(d, 79 + n)
end

local function seqstr(s)
  return string.format('%d', s)
end

-- 1. An exact copy (the normalised text's 128-bit hash) is certain, whatever k.
local held = redis.call('HGET', exact_key, exact)
if held then
  local d = redis.call('HGET', docs, held)
  if d then
    if token_of(d) == token then
      return {3, tonumber(held)}
    end
    return {2, id_of(d), 0, 0, 0, 1}
  end
end

-- 2. Candidates: every held fingerprint within k of ours in a probed bucket.
local band, rshift, bxor = bit.band, bit.rshift, bit.bxor
-- Bits set in a 32-bit value (SWAR; a lookup table would cost more to build per call than
-- it saves).
local function pop(x)
  x = x - band(rshift(x, 1), 0x55555555)
  x = band(x, 0x33333333) + band(rshift(x, 2), 0x33333333)
  x = band(x + rshift(x, 4), 0x0F0F0F0F)
  x = x + rshift(x, 8)
  x = x + rshift(x, 16)
  return band(x, 0x3F)
end

local qh, ql = struct.unpack('>i4i4', fp)
local counts = {}
for c in string.gmatch(ARGV[14], '%d+') do
  counts[#counts + 1] = tonumber(c)
end
local own = {}
local seen, cands = {}, {}
local at = 15
for t = 1, ntables do
  local n = counts[t]
  own[t] = ARGV[at]
  local vals = redis.call('HMGET', KEYS[4 + t], unpack(ARGV, at, at + n - 1))
  at = at + n
  for i = 1, n do
    local v = vals[i]
    if v then
      for p = 1, #v, 16 do
        local h, l, s = struct.unpack('>i4i4d', v, p)
        local d = pop(bxor(h, qh))
        if d <= k then
          d = d + pop(bxor(l, ql))
          if d <= k and not seen[s] and #cands < 4096 then
            seen[s] = true
            cands[#cands + 1] = {d, s}
          end
        end
      end
    end
  end
end
table.sort(cands, function(a, b)
  if a[1] ~= b[1] then
    return a[1] < b[1]
  end
  return a[2] < b[2]
end)

-- 3. Confirmation, as NearDupFilter::check: by distance then age, an exact copy wins; else the
-- first candidate whose sketches agree.
local function agree(qa, da, first, last, need)
  local n, m = 0, 0
  for i = first, last do
    local a, b = string.byte(qa, i), string.byte(da, i)
    if a ~= 0 or b ~= 0 then
      n = n + 1
      if a == b then
        m = m + 1
      end
    end
  end
  return m >= string.byte(need, n + 1), m, n
end

-- The digit maps (16 bytes from `first`), as DigitRule::agree: not each holding `differ` or
-- more tokens the other lacks, and similar enough by linear counting. Integers only.
local differ = struct.unpack('>I4', digit_rule, 1)
local function digits_agree(qa, da, first)
  local a, b, u, oa, ob = 0, 0, 0, 0, 0
  for w = 0, 3 do
    local x = struct.unpack('>i4', qa, first + 4 * w)
    local y = struct.unpack('>i4', da, first + 4 * w)
    a = a + pop(x)
    b = b + pop(y)
    u = u + pop(bit.bor(x, y))
    oa = oa + pop(band(x, bit.bnot(y)))
    ob = ob + pop(band(y, bit.bnot(x)))
  end
  if differ > 0 and oa >= differ and ob >= differ then
    return false
  end
  local la = struct.unpack('>I4', digit_rule, 5 + 4 * a)
  local lb = struct.unpack('>I4', digit_rule, 5 + 4 * b)
  local need = struct.unpack('>I4', digit_rule, 5 + 4 * (129 + u))
  return la + lb >= need
end

local best
for _, c in ipairs(cands) do
  local d = redis.call('HGET', docs, seqstr(c[2]))
  if d then
    if string.sub(d, 9, 24) == exact then
      best = {d, c[1], 0, 0, 1, c[2]}
      break
    end
    if not best and near then
      local ok, m, n = agree(blob, d, 25, 56, need_sketch)
      if ok and digits_agree(blob, d, 57) then
        best = {d, c[1], m, n, 0, c[2]}
      end
    end
  end
end
if best then
  if token_of(best[1]) == token then
    return {3, best[6]}
  end
  return {2, id_of(best[1]), best[2], best[3], best[4], best[5]}
end

-- 4. Insert.
local seq = redis.call('HINCRBY', meta, 'seq', 1)
local ss = seqstr(seq)
redis.call('HSET', docs, ss, blob)
redis.call('HSET', exact_key, exact, ss)
local entry = fp .. struct.pack('>d', seq)
for t = 1, ntables do
  local cur = redis.call('HGET', KEYS[4 + t], own[t])
  redis.call('HSET', KEYS[4 + t], own[t], (cur or '') .. entry)
end

-- 5. Boilerplate: the kept document's distinct paragraphs are counted for its site.
local bpk = ARGV[11]
for p = 1, #bpk, 8 do
  redis.call('HINCRBY', bp, string.sub(bpk, p, p + 7), 1)
end
local cap = tonumber(ARGV[12])
if #bpk > 0 and redis.call('HLEN', bp) > cap then
  -- Over the cap: drop the lightest of a random sample (the in-memory map drops the lightest
  -- counters too, all of them at once; a sample keeps each call short).
  local sample = redis.call('HRANDFIELD', bp, 64, 'WITHVALUES')
  local min
  for i = 2, #sample, 2 do
    local c = tonumber(sample[i])
    if not min or c < min then
      min = c
    end
  end
  for i = 1, #sample, 2 do
    if tonumber(sample[i + 1]) == min then
      redis.call('HDEL', bp, sample[i])
      redis.call('HINCRBY', meta, 'bp_pruned', 1)
    end
  end
end

-- 6. Eviction: the oldest documents beyond max_docs, and those older than the time window.
local masks = ARGV[13]
local function evict(s, d)
  local h, l = struct.unpack('>i4i4', d)
  local e = string.sub(d, 9, 24)
  local key = seqstr(s)
  for t = 1, ntables do
    local mh, ml = struct.unpack('>i4i4', masks, 8 * (t - 1) + 1)
    local field = struct.pack('>i4i4', band(h, mh), band(l, ml))
    local v = redis.call('HGET', KEYS[4 + t], field)
    if v then
      local kept = {}
      for p = 1, #v, 16 do
        local _, _, q = struct.unpack('>i4i4d', v, p)
        if q ~= s then
          kept[#kept + 1] = string.sub(v, p, p + 15)
        end
      end
      if #kept == 0 then
        redis.call('HDEL', KEYS[4 + t], field)
      else
        redis.call('HSET', KEYS[4 + t], field, table.concat(kept))
      end
    end
  end
  if redis.call('HGET', exact_key, e) == key then
    redis.call('HDEL', exact_key, e)
  end
  redis.call('HDEL', docs, key)
  redis.call('HINCRBY', meta, 'evicted', 1)
end

local head = tonumber(redis.call('HGET', meta, 'head') or '1')
local held_docs = redis.call('HLEN', docs)
local moved = false
while head < seq do
  local d = redis.call('HGET', docs, seqstr(head))
  if d then
    local time = struct.unpack('>I4', d, 73)
    if held_docs > max_docs or time < min_time then
      evict(head, d)
      held_docs = held_docs - 1
    else
      break
    end
  end
  head = head + 1
  moved = true
end
if moved then
  redis.call('HSET', meta, 'head', seqstr(head))
end
return {1, seq}
