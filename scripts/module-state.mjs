// The module-state check (issue 29): no module-level mutable state in the core and the CLI outside documented
// caches. A module is loaded once per process, so what it holds is shared by every run in it (the tests run
// the CLI in-process, several at once; `--follow` runs for days): per-run state belongs in a context passed
// down. Found with the TypeScript compiler, not by text: a top-level `let`/`var`, and a top-level `const`
// (or a class's static field) whose value is changed anywhere in the scanned files: a Map/Set/WeakMap/WeakSet,
// array or object whose contents are set, added, pushed, spliced, sorted, assigned, deleted or
// Object.assign'ed, a static field assigned, a RegExp with the g or y flag run by exec/test (its lastIndex).
// Aliases are followed through imports, local names and properties (`STATE.list.push(x)` changes STATE), and
// into the functions a value is handed to (a parameter changed there, or handed on to one that changes it).
// A declaration may be kept when its JSDoc has `@cache` and a reason: what it caches, and why every run
// sharing it gets the same answer (a pure function of its key, a value the platform sets once).
//
// `node scripts/module-state.mjs [folders…]` prints each finding (file:line: name: what) and exits 1 when there
// is one; `findModuleState(files)` is the same for tests.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The folders scanned: the core, the Node side, the CLI and the page. */
export const SCANNED = ['src', 'parsers', 'patterns'];
/**
 * Files whose module state is the program's own, not a run's: the page's script is one browser tab's program
 * (its picked files, its worker, its last reports), loaded once per tab as `main()` is called once per run; the
 * .evtx worker thread's module is one worker's program (its file and format come in workerData, one per thread).
 */
const PROGRAMS = ['src/web/page.ts', 'src/platform/node/evtx-worker.ts'];

/** Methods that change the object they are called on (Map, Set, WeakMap, WeakSet, arrays, typed arrays). */
const MUTATORS = new Set([
  'set',
  'add',
  'delete',
  'clear',
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
]);
/** DataView's setters (`setUint8`, `setFloat64`, …). */
const DATAVIEW_SETTER = /^set(?:Big)?(?:Uint|Int|Float)\d+$/;
/** Object.* functions that change their first argument. */
const OBJECT_MUTATORS = new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf']);
const ASSIGNMENTS = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken,
  ts.SyntaxKind.AsteriskAsteriskEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken,
  ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
]);

/** The `@cache` reason on a declaration's JSDoc, or undefined. */
function cacheReason(node) {
  for (const tag of ts.getJSDocTags(node)) {
    if (tag.tagName.text !== 'cache') continue;
    const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
    return (text ?? '').trim();
  }
  return undefined;
}

/** The expression with parentheses, `!`, `as` and `satisfies` taken off. */
function bare(node) {
  for (;;) {
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isNonNullExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isTypeAssertionExpression(node)
    )
      node = node.expression;
    else return node;
  }
}

/** The identifier a property chain (`a.b[c].d`) starts from, or undefined. */
function rootOf(node) {
  node = bare(node);
  while (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) node = bare(node.expression);
  return ts.isIdentifier(node) ? node : undefined;
}

/** The expression a property chain (`a.b[c].d`) starts from. */
function baseOf(node) {
  node = bare(node);
  while (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) node = bare(node.expression);
  return node;
}

/**
 * What a node changes, and how: `target` is an assignment's target, `++`/`--`/`delete`'s operand, a mutating
 * method's receiver or Object.assign's first argument; `id` the identifier it starts from (none for `this.x`).
 */
function mutationAt(node) {
  const at = (target, how, regexOnly) => ({ target, id: rootOf(target), how, regexOnly });
  if (ts.isBinaryExpression(node) && ASSIGNMENTS.has(node.operatorToken.kind)) {
    const left = bare(node.left);
    if (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left))
      return at(left, 'assigned a property');
    if (ts.isIdentifier(left)) return at(left, 'assigned');
  }
  if (
    (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
    (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
  )
    return at(node.operand, 'incremented');
  if (ts.isDeleteExpression(node)) return at(node.expression, 'deleted a property');
  if (ts.isCallExpression(node)) {
    const callee = bare(node.expression);
    if (ts.isPropertyAccessExpression(callee)) {
      const name = callee.name.text;
      if (MUTATORS.has(name) || DATAVIEW_SETTER.test(name)) return at(callee.expression, `.${name}()`);
      if ((name === 'exec' || name === 'test') && ts.isIdentifier(bare(callee.expression)))
        return at(callee.expression, `.${name}()`, true);
      if (
        OBJECT_MUTATORS.has(name) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'Object' &&
        node.arguments[0]
      )
        return at(node.arguments[0], `Object.${name}()`);
    }
  }
  return undefined;
}

/** Functions and methods: the bodies whose locals live only as long as a call, unless a closure keeps them. */
function isFunctionLike(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isConstructorDeclaration(node)
  );
}

/** Array methods that call their callback before they return (the callback does not outlive the call). */
const IN_PLACE_CALLBACKS = new Set([
  'forEach',
  'map',
  'filter',
  'reduce',
  'reduceRight',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
  'sort',
  'toSorted',
]);

/** Whether a nested function runs only while the function around it does: called at once, or an array method's callback. */
function runsInPlace(fn) {
  let node = fn;
  while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const call = node.parent;
  if (!ts.isCallExpression(call)) return false;
  if (call.expression === node) return true;
  const callee = bare(call.expression);
  return (
    call.arguments.includes(node) && ts.isPropertyAccessExpression(callee) && IN_PLACE_CALLBACKS.has(callee.name.text)
  );
}

/** A regular expression literal with the g or y flag (its lastIndex is state). */
function statefulRegex(init) {
  init = init && bare(init);
  return !!init && ts.isRegularExpressionLiteral(init) && /\/[a-z]*[gy][a-z]*$/.test(init.text);
}

/** Types whose values hold state that can change. */
const MUTABLE_TYPES = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'DataView', 'ArrayBuffer']);

/**
 * Whether a const's value can hold state: an object, array or class instance made here (`{…}`, `[…]`, `new X`),
 * a regular expression, a value typed as a Map, Set, WeakMap, WeakSet, DataView, array or typed array, or as a
 * type of the repository with a field that is not readonly or a method that changes its object.
 * A handle on something outside (a DOM element, `self`) is not the module's state.
 */
function holdsState(checker, decl, symbol, changesReceiver) {
  const init = decl.initializer && bare(decl.initializer);
  if (
    init &&
    (ts.isObjectLiteralExpression(init) ||
      ts.isArrayLiteralExpression(init) ||
      ts.isNewExpression(init) ||
      ts.isRegularExpressionLiteral(init))
  )
    return true;
  // A platform global under another name (`const scope = self as …`): a handle on something outside.
  if (init && (ts.isIdentifier(init) || ts.isPropertyAccessExpression(init))) {
    const decls = checker.getSymbolAtLocation(ts.isIdentifier(init) ? init : init.name)?.declarations ?? [];
    if (decls.length && decls.every((d) => d.getSourceFile().isDeclarationFile)) return false;
  }
  const type = checker.getTypeOfSymbol(symbol);
  if (checker.isArrayType(type)) return true;
  const name = type.getSymbol()?.getName();
  if (name && (MUTABLE_TYPES.has(name) || /^(?:Big)?(?:U?Int|Float)\d+(?:Clamped)?Array$/.test(name))) return true;
  // An object of a type declared in the repository with a field that is not readonly (a `Place` whose cache is
  // set); types of the platform (DOM, worker globals) are handles on something outside.
  const decls = (type.getSymbol() ?? type.aliasSymbol)?.declarations ?? [];
  return (
    decls.length > 0 &&
    decls.every((d) => !d.getSourceFile().isDeclarationFile) &&
    type
      .getProperties()
      .some((p) =>
        (p.declarations ?? []).some(
          (d) =>
            ((ts.isPropertySignature(d) || ts.isPropertyDeclaration(d)) &&
              !(ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly)) ||
            changesReceiver(d),
        ),
      )
  );
}

/**
 * Module-level mutable state in `files` (paths): `{ file, line, name, what }` for each declaration, once.
 * `options` are the compiler options (defaults: the repository's module settings).
 */
export function findModuleState(files, options = {}) {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowJs: false,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    ...options,
  });
  const checker = program.getTypeChecker();
  const scanned = new Set(files.map((f) => ts.sys.resolvePath(f)));
  const sources = program.getSourceFiles().filter((s) => scanned.has(ts.sys.resolvePath(s.fileName)));
  /** Declarations watched: symbol → { file, line, name, cache, regex, static }. */
  const watched = new Map();
  const findings = new Map();
  const report = (d, what) => {
    if (d.cache !== undefined && d.cache !== '') return;
    const key = `${d.file}:${d.line}:${d.name}`;
    if (findings.has(key)) return;
    findings.set(key, {
      file: d.file,
      line: d.line,
      name: d.name,
      what: d.cache === '' ? `@cache without a reason: ${what}` : what,
    });
  };
  const where = (sf, node) => ({
    file: relative(root, sf.fileName),
    line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
  });
  const inScanned = (node) => scanned.has(ts.sys.resolvePath(node.getSourceFile().fileName));
  /** The function a call runs, when its body is in the scanned files (a function expression called at once too). */
  const calledFunction = (call) => {
    const callee = bare(call.expression);
    if (ts.isFunctionExpression(callee) || ts.isArrowFunction(callee)) return callee;
    const decl = checker.getResolvedSignature(call)?.declaration;
    return decl && !ts.isJSDocSignature(decl) && isFunctionLike(decl) && decl.body && inScanned(decl)
      ? decl
      : undefined;
  };

  // Methods that change their object (`this.items.set(…)`, `this.count++`, or a call of one that does): calling
  // one changes the value it is called on, as `.set()` changes a Map.
  /** The method whose `this` a node sees (arrow functions pass it through; a class field's arrow is a method). */
  const methodOf = (node) => {
    for (let p = node.parent; p; p = p.parent) {
      if (ts.isArrowFunction(p)) {
        if (ts.isPropertyDeclaration(p.parent)) return p;
        continue;
      }
      if (ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) return p;
      if (isFunctionLike(p) || ts.isClassLike(p) || ts.isSourceFile(p)) return undefined;
    }
    return undefined;
  };
  const receiverChangers = new Set();
  const thisCalls = [];
  for (const sf of sources) {
    const visit = (node) => {
      const m = mutationAt(node);
      if (m && !m.regexOnly && baseOf(m.target).kind === ts.SyntaxKind.ThisKeyword) {
        const method = methodOf(node);
        if (method) receiverChangers.add(method);
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(bare(node.expression))) {
        const receiver = bare(bare(node.expression).expression);
        const method = receiver.kind === ts.SyntaxKind.ThisKeyword && methodOf(node);
        if (method) thisCalls.push({ method, call: node });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const { method, call } of thisCalls)
      if (!receiverChangers.has(method) && receiverChangers.has(checker.getResolvedSignature(call)?.declaration)) {
        receiverChangers.add(method);
        grew = true;
      }
  }
  const changesReceiver = (d) =>
    receiverChangers.has(d) || (ts.isPropertyDeclaration(d) && receiverChangers.has(d.initializer));
  const changerNames = new Set(
    [...receiverChangers].map((m) => (ts.isArrowFunction(m) ? m.parent.name : m.name)).map((n) => n?.getText()),
  );
  /** A change of what a node changes: a mutation, or a call of a method that changes its object. */
  const changeAt = (node) => {
    const m = mutationAt(node);
    if (m || !ts.isCallExpression(node)) return m;
    const callee = bare(node.expression);
    if (!ts.isPropertyAccessExpression(callee) || !changerNames.has(callee.name.text)) return undefined;
    const decl = checker.getResolvedSignature(node)?.declaration;
    return decl && receiverChangers.has(decl)
      ? { target: callee.expression, id: rootOf(callee.expression), how: `.${callee.name.text}()` }
      : undefined;
  };
  /** Top-level consts made by a call: state the call leaves in a closure is theirs. */
  const madeByCall = [];

  for (const sf of sources) {
    for (const statement of sf.statements) {
      if (ts.isVariableStatement(statement)) {
        const flags = statement.declarationList.flags;
        const isLet = !(flags & ts.NodeFlags.Const) && !(flags & ts.NodeFlags.Using);
        for (const decl of statement.declarationList.declarations) {
          for (const id of namesOf(decl.name)) {
            const symbol = checker.getSymbolAtLocation(id);
            const d = {
              ...where(sf, id),
              name: id.text,
              cache: cacheReason(statement),
              regex: statefulRegex(decl.initializer),
            };
            if (isLet) report(d, `module-level ${flags & ts.NodeFlags.Let ? 'let' : 'var'}`);
            else {
              if (symbol && holdsState(checker, decl, symbol, changesReceiver)) watched.set(symbol, d);
              const init = decl.initializer && bare(decl.initializer);
              if (ts.isIdentifier(decl.name) && init && ts.isCallExpression(init)) madeByCall.push({ d, call: init });
            }
          }
        }
      } else if (ts.isClassDeclaration(statement)) {
        for (const member of statement.members) {
          if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
          const mods = ts.getModifiers(member) ?? [];
          if (!mods.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
          const symbol = checker.getSymbolAtLocation(member.name);
          const name = `${statement.name?.text ?? 'class'}.${member.name.text}`;
          if (symbol)
            watched.set(symbol, {
              ...where(sf, member.name),
              name,
              cache: cacheReason(member),
              regex: statefulRegex(member.initializer),
              static: true,
            });
        }
      }
    }
  }

  const resolve = (id) => {
    let s = checker.getSymbolAtLocation(id);
    if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    return s;
  };
  /** A declaration's value, when it is (one branch of) a watched one's: `const cache = marked ? a : b`. */
  const watchedIn = (init) => {
    if (!init) return [];
    init = bare(init);
    if (ts.isConditionalExpression(init)) return [...watchedIn(init.whenTrue), ...watchedIn(init.whenFalse)];
    if (
      ts.isBinaryExpression(init) &&
      [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
        init.operatorToken.kind,
      )
    )
      return [...watchedIn(init.left), ...watchedIn(init.right)];
    const id = ts.isIdentifier(init) ? init : undefined;
    const d = id && watched.get(resolve(id));
    return d ? [d] : [];
  };
  // Parameters a function changes, itself or by handing them on to one that does (`remember(SEEN, x)` with
  // `function remember(set, x) { set.add(x); }`): found to a fixpoint over the calls between the scanned files.
  const paramOf = (id) => {
    const symbol = id && resolve(id);
    const decl = symbol?.valueDeclaration;
    return decl && ts.isParameter(decl) ? symbol : undefined;
  };
  const changedParams = new Set();
  const handedOn = [];
  for (const sf of sources) {
    const visit = (node) => {
      const m = changeAt(node);
      const param = !m?.regexOnly && paramOf(m?.id);
      if (param) changedParams.add(param);
      if (ts.isCallExpression(node) || ts.isNewExpression(node))
        for (const [i, arg] of (node.arguments ?? []).entries()) {
          const from = paramOf(rootOf(arg));
          if (from) handedOn.push({ from, call: node, i });
        }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  /** Whether the function a call runs changes its `i`th argument. */
  const changesArgument = (call, i) => {
    const decl = checker.getResolvedSignature(call)?.declaration;
    const params = decl && !ts.isJSDocSignature(decl) ? decl.parameters : undefined;
    if (!params?.length) return false;
    const param =
      i < params.length ? params[i] : params[params.length - 1].dotDotDotToken ? params[params.length - 1] : undefined;
    return !!param && ts.isIdentifier(param.name) && changedParams.has(checker.getSymbolAtLocation(param.name));
  };
  for (let grew = true; grew; ) {
    grew = false;
    for (const h of handedOn)
      if (!changedParams.has(h.from) && changesArgument(h.call, h.i)) {
        changedParams.add(h.from);
        grew = true;
      }
  }

  // State a call leaves behind in the closures it returns (`const next = (() => { let n = 0; return () => ++n; })()`,
  // `const store = makeStore()` whose methods set a Map made in makeStore): a local or parameter of the function
  // that a nested function changes, when the nested function outlives the call (it is not called at once nor an
  // array method's callback); or the state of the factory whose result it returns.
  const closureStates = new Map();
  const closureState = (fn) => {
    if (closureStates.has(fn)) return closureStates.get(fn);
    closureStates.set(fn, undefined);
    const locals = new Set();
    for (const p of fn.parameters) for (const id of namesOf(p.name)) locals.add(checker.getSymbolAtLocation(id));
    const sf = fn.getSourceFile();
    const keptBodies = [];
    const returned = [];
    const walk = (node) => {
      if (isFunctionLike(node) && !runsInPlace(node)) return keptBodies.push(node);
      if (ts.isVariableDeclaration(node))
        for (const id of namesOf(node.name)) locals.add(checker.getSymbolAtLocation(id));
      if (ts.isReturnStatement(node) && node.expression) returned.push(node.expression);
      ts.forEachChild(node, walk);
    };
    if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) returned.push(fn.body);
    ts.forEachChild(fn.body, walk);
    let found;
    const local = (id) => id && locals.has(resolve(id));
    const check = (node) => {
      if (found) return;
      const m = changeAt(node);
      if (m && !m.regexOnly && local(m.id)) found = { name: m.id.text, how: m.how, ...where(sf, node) };
      else if (ts.isCallExpression(node) || ts.isNewExpression(node))
        for (const [i, arg] of (node.arguments ?? []).entries())
          if (!found && local(rootOf(arg)) && changesArgument(node, i))
            found = { name: rootOf(arg).text, how: 'handed to a function that changes it', ...where(sf, node) };
      ts.forEachChild(node, check);
    };
    for (const body of keptBodies) check(body);
    for (const r of returned) {
      const made = bare(r);
      const inner = !found && ts.isCallExpression(made) && calledFunction(made);
      if (inner) found = closureState(inner);
    }
    closureStates.set(fn, found);
    return found;
  };
  for (const { d, call } of madeByCall) {
    const fn = calledFunction(call);
    const kept = fn && closureState(fn);
    if (kept) report(d, `keeps state in a closure: ${kept.name} ${kept.how} at ${kept.file}:${kept.line}`);
  }

  /** Local names for watched values (`const cache = summaries`), each with the declarations it may be. */
  const aliases = new Map();
  for (const sf of sources) {
    const visit = (node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
        const ds = watchedIn(node.initializer);
        const symbol = ds.length && checker.getSymbolAtLocation(node.name);
        if (symbol && !watched.has(symbol)) aliases.set(symbol, ds);
      }
      const m = changeAt(node);
      const through = m?.id && aliases.get(resolve(m.id));
      if (through) {
        const at = where(sf, node);
        for (const d of through)
          if (!m.regexOnly || d.regex) report(d, `${m.how} (through ${m.id.text}) at ${at.file}:${at.line}`);
      }
      if (m?.id) {
        let d = watched.get(resolve(m.id));
        // `Class.field = …`, `Class.field.push(…)`: the static field, not the class.
        if (!d) {
          let n = bare(m.regexOnly ? m.id : node);
          if (ts.isBinaryExpression(n)) n = bare(n.left);
          else if (ts.isCallExpression(n)) n = bare(n.expression);
          else if (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) n = bare(n.operand);
          else if (ts.isDeleteExpression(n)) n = bare(n.expression);
          for (
            let p = n;
            p && (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p));
            p = bare(p.expression)
          ) {
            if (ts.isPropertyAccessExpression(p)) {
              const field = watched.get(checker.getSymbolAtLocation(p.name));
              if (field?.static) d = field;
            }
          }
        }
        if (d && (!m.regexOnly || d.regex)) {
          const at = where(sf, node);
          report(d, `${m.how} at ${at.file}:${at.line}`);
        }
      }
      if (ts.isCallExpression(node) || ts.isNewExpression(node))
        for (const [i, arg] of (node.arguments ?? []).entries()) {
          const root = rootOf(arg);
          const ds = root && (watched.has(resolve(root)) ? [watched.get(resolve(root))] : aliases.get(resolve(root)));
          if (ds?.length && changesArgument(node, i)) {
            const at = where(sf, node);
            for (const d of ds) report(d, `handed to a function that changes it at ${at.file}:${at.line}`);
          }
        }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return [...findings.values()].sort((x, y) => x.file.localeCompare(y.file) || x.line - y.line);
}

function namesOf(name) {
  if (ts.isIdentifier(name)) return [name];
  const out = [];
  for (const el of name.elements) if (!ts.isOmittedExpression(el)) out.push(...namesOf(el.name));
  return out;
}

/** The .ts files under `folders` (relative to the repository, or absolute), declaration files and the page's script aside. */
export function sourceFiles(folders = SCANNED) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !PROGRAMS.includes(relative(root, path)))
        out.push(path);
    }
  };
  for (const f of folders) walk(resolvePath(root, f));
  return out.sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const folders = process.argv.slice(2);
  const findings = findModuleState(sourceFiles(folders.length ? folders : SCANNED));
  for (const f of findings) process.stdout.write(`${f.file}:${f.line}: ${f.name}: ${f.what}\n`);
  if (findings.length)
    process.stdout.write(
      `${findings.length} module-level mutable state(s): pass the state down per run, or document a cache with @cache <reason>.\n`,
    );
  process.exit(findings.length ? 1 : 0);
}
