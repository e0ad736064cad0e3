/**
 * Summarizes a V8 CPU profile (`node --cpu-prof`): self time by function and by package, so a
 * profile of `npm run bench -- --quick` can be read without a browser.
 * `node dist/bench/profile-summary.js <file.cpuprofile> [top]`
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string): string {
  if (!url) return "(native/idle)";
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.startsWith("node:")) return "node core";
  const dist = /dist\/(.*)$/.exec(url);
  return dist ? `app: ${dist[1].split("/").slice(0, 2).join("/")}` : url;
}

function main(): void {
  const profile = JSON.parse(readFileSync(process.argv[2], "utf8")) as Profile;
  const top = Number(process.argv[3] ?? 25);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfByFunction = new Map<string, number>();
  const selfByPackage = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const dt = profile.timeDeltas[i] ?? 0;
    const name = node.callFrame.functionName || "(anonymous)";
    if (name === "(idle)" || name === "(program)") return;
    total += dt;
    const where = `${name} ${packageOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
    selfByFunction.set(where, (selfByFunction.get(where) ?? 0) + dt);
    const pkg = name === "(garbage collector)" ? "(garbage collector)" : packageOf(node.callFrame.url);
    selfByPackage.set(pkg, (selfByPackage.get(pkg) ?? 0) + dt);
  });
  const print = (title: string, map: Map<string, number>) => {
    process.stdout.write(`\n${title} (busy ${(total / 1e6).toFixed(1)} s)\n`);
    for (const [k, v] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      process.stdout.write(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}\n`);
    }
  };
  print("Self time by package", selfByPackage);
  print("Self time by function", selfByFunction);
}

main();
