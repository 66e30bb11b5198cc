// Renders one Allure HTML report for the runner, which starts this early (while its tests run) so that loading the
// pinned Allure modules, most of a render's time, is done before the results are. It reads one JSON line from stdin,
// {"config": allurerc.json path, "results": allure-results path}, renders, and exits; stdin closed first: exits too.
import { createInterface } from "node:readline";
import { dirname } from "node:path";
import { AllureReport, readConfig } from "@allurereport/core";

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const request = JSON.parse(line);
  const config = await readConfig(dirname(request.config), request.config);
  const report = new AllureReport(config);
  await report.start();
  await report.readDirectory(request.results);
  await report.done();
  process.exit(0);
}
