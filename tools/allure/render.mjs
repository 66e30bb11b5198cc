// Renders one Allure HTML report for the runner, which starts this early (while its tests run) so that loading the
// pinned Allure modules, most of a render's time, is done before the results are. It reads one JSON line from stdin,
// {"config": allurerc.json path, "results": allure-results path}, renders, and exits; stdin closed first: exits too.
// With --warm (a process started ahead) it first renders a throwaway one-test report in a temp folder: the first
// render in a process pays for compiling the render code and reading the template's assets, so the real one need not.
import { createInterface } from "node:readline";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { AllureReport, readConfig } from "@allurereport/core";

async function render(configPath, resultsDirectory) {
  const config = await readConfig(dirname(configPath), configPath);
  const report = new AllureReport(config);
  await report.start();
  await report.readDirectory(resultsDirectory);
  await report.done();
}

// The same plugin and options as the runner's allurerc.json (AllureRenderConfig.cs), on one passed test with one
// attachment, so the code paths the real render takes are the ones warmed.
async function warmUp() {
  const scratch = await mkdtemp(join(tmpdir(), "allure-warm-"));
  try {
    const results = join(scratch, "results");
    await mkdir(results);
    await writeFile(join(results, "warm-attachment.txt"), "warm-up");
    await writeFile(join(results, "warm-result.json"), JSON.stringify({
      uuid: "00000000-0000-0000-0000-000000000001", name: "warm-up", fullName: "warm-up", status: "passed", stage: "finished",
      start: 0, stop: 1, labels: [{ name: "feature", value: "warm-up" }, { name: "story", value: "warm-up" }],
      attachments: [{ name: "warm-up", source: "warm-attachment.txt", type: "text/plain" }],
    }));
    const config = join(scratch, "allurerc.json");
    await writeFile(config, JSON.stringify({
      name: "warm-up", output: join(scratch, "report"),
      plugins: { awesome: { options: { singleFile: true, reportName: "warm-up", reportLanguage: "en", groupBy: ["feature", "story"] } } },
    }));
    await render(config, results);
  } catch {
    // A failed warm-up only means the real render is not faster; that one says what is wrong, if anything is.
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (process.argv.includes("--warm")) {
  await warmUp();
}
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const request = JSON.parse(line);
  await render(request.config, request.results);
  process.exit(0);
}
