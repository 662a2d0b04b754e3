-- Acknowledge and delete handled entries: the stream keeps only work still to do, so it never needs trimming.
-- KEYS[1] stream. ARGV[1] group, ARGV[2..] entry ids.
for i = 2, #ARGV do
  redis.call('XACK', KEYS[1], ARGV[1], ARGV[i])
  redis.call('XDEL', KEYS[1], ARGV[i])
end
return #ARGV - 1
