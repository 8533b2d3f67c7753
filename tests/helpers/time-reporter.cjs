// A jest reporter that says where a run's time went: per project, its files and their time, and the slowest files,
// after jest's own summary. The time of a file is from its start to its end (its environment, hooks and tests).

/** Prints per-project times and the slowest files when the run is complete. */
class TimeReporter {
  onRunComplete(_contexts, results) {
    const files = results.testResults.map((result) => ({
      project: result.displayName?.name ?? 'default',
      path: result.testFilePath.replace(`${process.cwd()}/`, ''),
      ms: result.perfStats.end - result.perfStats.start,
    }));
    if (files.length === 0) return;
    const byProject = new Map();
    for (const file of files) {
      const total = byProject.get(file.project) ?? { files: 0, ms: 0 };
      byProject.set(file.project, { files: total.files + 1, ms: total.ms + file.ms });
    }
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
    const wall = Date.now() - results.startTime;
    const lines = [`Time by project (${seconds(wall)} in all, global set-up and teardown included):`];
    for (const [project, total] of [...byProject].sort()) lines.push(`  ${project}: ${total.files} files, ${seconds(total.ms)}`);
    lines.push('Slowest files:');
    for (const file of [...files].sort((a, b) => b.ms - a.ms).slice(0, 8)) lines.push(`  ${seconds(file.ms).padStart(7)}  ${file.path}`);
    console.log(lines.join('\n'));
  }
}

module.exports = TimeReporter;
