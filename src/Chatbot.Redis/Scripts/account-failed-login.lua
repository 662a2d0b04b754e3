-- Counts a failed sign-in of an existing account. KEYS[1] account hash.
-- ARGV[1] failures that lock, ARGV[2] end of the lock it would set (unix ms).
-- Returns nil when there is no account, else {failures in a row, lock end or 0}; locking starts the count again.
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
local failures = redis.call('HINCRBY', KEYS[1], 'failedLogins', 1)
if failures >= tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'failedLogins', '0', 'lockedUntil', ARGV[2])
  return {failures, ARGV[2]}
end
return {failures, '0'}
