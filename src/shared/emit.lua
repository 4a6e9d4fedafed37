-- gleaner worker: write the results of a batch and acknowledge its input entries, atomically.
--
-- For each input entry, in one step: its result is appended to the output (or rejects) stream,
-- its id is remembered, and it is acknowledged. An entry is written only while it is pending
-- for this consumer and not remembered: if another worker claimed it meanwhile (XAUTOCLAIM
-- after --claim-idle), that worker writes it; if it was already written (a retry after a lost
-- reply, a redelivery), nothing is written twice. So every input entry gets exactly one result.
--
-- KEYS: 1 input stream, 2 output stream, 3 rejects stream, 4 remembered ids (sorted set, score:
--       the entry id's milliseconds)
-- ARGV: 1 group, 2 consumer, 3 how long ids are remembered (ms), then per entry three values:
--       entry id, where ('o' output, 'r' rejects, '-' nowhere: acknowledged and remembered
--       only), the record.
-- Returns one number per entry: 1 written now, 0 written before (acknowledged again),
-- -1 claimed by another consumer (left to it), -2 no longer pending and never written here.

local input, output, rejects, done = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local group, consumer = ARGV[1], ARGV[2]
local remember = tonumber(ARGV[3])
local res = {}
local newest = 0
for i = 4, #ARGV, 3 do
  local id, where, record = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local ms = tonumber(string.match(id, '^(%d+)')) or 0
  if ms > newest then
    newest = ms
  end
  if redis.call('ZSCORE', done, id) then
    redis.call('XACK', input, group, id)
    res[#res + 1] = 0
  else
    local p = redis.call('XPENDING', input, group, id, id, 1)
    if #p == 0 then
      res[#res + 1] = -2
    elseif p[1][2] ~= consumer then
      res[#res + 1] = -1
    else
      if where == 'o' then
        redis.call('XADD', output, '*', 'record', record, 'input', id)
      elseif where == 'r' then
        redis.call('XADD', rejects, '*', 'record', record, 'input', id)
      end
      redis.call('ZADD', done, ms, id)
      redis.call('XACK', input, group, id)
      res[#res + 1] = 1
    end
  end
end
-- Forget ids older than the window: an entry acknowledged that long ago is never redelivered.
if newest > remember then
  redis.call('ZREMRANGEBYSCORE', done, '-inf', '(' .. string.format('%d', newest - remember))
end
return res
