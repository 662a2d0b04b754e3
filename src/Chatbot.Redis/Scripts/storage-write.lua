-- Bot Builder storage write, atomic per item.
-- KEYS[1] item hash (etag, json). ARGV[1] expected etag ('' or '*' = overwrite), ARGV[2] new etag, ARGV[3] json.
-- Returns 1 when written, 0 when the stored etag differs (nothing written).
if ARGV[1] ~= '' and ARGV[1] ~= '*' then
  if redis.call('HGET', KEYS[1], 'etag') ~= ARGV[1] then return 0 end
end
redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'json', ARGV[3])
return 1
