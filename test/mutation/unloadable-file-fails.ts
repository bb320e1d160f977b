// Stryker's Vitest runner (9.6.1, and 10.0.0 too: stryker-js#6150) builds a mutant's result from
// the tests it collected. A test file whose import throws collects none, so a static mutant that
// stops a schema module from loading (an emptied `strict()`, say) was scored Survived although
// every test that imports it fails. This reporter, used only by the mutation configs, gives such
// a file one failed test carrying its load error, which is what the everyday run reports anyway.
import type { Reporter, TestModule, Vitest } from 'vitest/node';

type FileTask = ReturnType<Vitest['state']['getFiles']>[number];

export default class UnloadableFileFails implements Reporter {
  #vitest: Vitest | undefined;

  onInit(vitest: Vitest) {
    this.#vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const ids = new Set(testModules.map((m) => m.id));
    // The runner reads these same File records (state.getFiles()) once the run has finished.
    for (const file of this.#vitest?.state.getFiles() ?? []) {
      if (!ids.has(file.id) || file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      // A plain record is enough: the runner reads only these fields.
      file.tasks.push({
        type: 'test',
        id: `${file.id}_load`,
        name: 'the test file loads',
        fullName: `${file.name} the test file loads`,
        mode: 'run',
        file,
        suite: file,
        meta: {},
        annotations: [],
        artifacts: [],
        timeout: 0,
        context: undefined,
        result: { state: 'fail', errors: file.result.errors },
      } as unknown as FileTask['tasks'][number]);
    }
  }
}
