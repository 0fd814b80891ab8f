// Fallback probe for bench/run.js when /usr/bin/time is missing: preloaded with `node -r`, it appends this
// process's peak RSS (KB, process.resourceUsage().maxRSS) and CPU seconds (user, system) to $BENCH_RSS_FILE
// at exit, in the format of `/usr/bin/time -f '%M %U %S'`.
'use strict';
const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    require('fs').appendFileSync(file, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}\n`);
  });
}
