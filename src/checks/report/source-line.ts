/**
 * Finds the lines of resources in the text of a Terraform JSON file, for SARIF regions: one linear scan
 * of the text, whatever its formatting.
 */

/**
 * The 1-based line of every `resource.<type>.<name>` (address `type.name`) and `data.<type>.<name>`
 * (address `data.type.name`) key in a JSON text. Malformed text yields what was found so far.
 */
export function resourceLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const keys: string[] = [];
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const key = text.slice(i + 1, end);
      i = end;
      let next = end + 1;
      while (next < text.length && ' \t\r\n'.includes(text[next])) next++;
      if (text[next] !== ':') continue;
      for (let k = end + 1; k < next; k++) if (text[k] === '\n') line++;
      i = next;
      keys[depth] = key;
      if (depth === 3 && (keys[1] === 'resource' || keys[1] === 'data')) {
        lines.set(keys[1] === 'data' ? `data.${keys[2]}.${key}` : `${keys[2]}.${key}`, line);
      }
    }
  }
  return lines;
}
