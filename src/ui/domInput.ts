// Input plumbing the canvas cannot do alone: a hidden text box that receives a paste, a hidden file
// picker, files dropped on the page, a download and the clipboard. What comes in is handed over as
// plain strings; nothing from it is ever put into the page as HTML.

export interface PickedFile {
  name: string;
  size: number;
  /** undefined when the file was too large to read */
  text?: string;
}

/** The page's landmark for its real inputs (the paste box, the file picker, the share link). */
export function inputsRegion(): HTMLElement {
  return document.getElementById('flywheel-inputs') ?? document.body;
}

function hidden<T extends HTMLElement>(element: T, label: string): T {
  element.setAttribute('aria-label', label);
  // Off screen rather than display:none, so it can still take the keyboard focus.
  Object.assign(element.style, { position: 'fixed', left: '-10000px', top: '0', width: '10px', height: '10px', opacity: '0' });
  inputsRegion().appendChild(element);
  return element;
}

/** A hidden text box: focus it, paste (or type) text into it, and each input is handed over once. */
export function pasteTarget(label: string, onText: (text: string) => void): { focus(): void; remove(): void } {
  const area = hidden(document.createElement('textarea'), label);
  area.id = 'flywheel-paste';
  area.addEventListener('input', () => {
    const text = area.value;
    area.value = '';
    if (text.trim()) onText(text);
  });
  return { focus: () => area.focus(), remove: () => area.remove() };
}

/** The most files one pick or drop reads, and the most bytes read in all. */
export const MAX_PICKED_FILES = 200;
export const MAX_PICKED_BYTES = 40_000_000;

async function readFiles(files: readonly File[], maxBytes: number): Promise<PickedFile[]> {
  // Sizes are checked before reading, so a huge file is refused at once instead of loaded, and a
  // drop of a whole folder reads at most so many files and so many bytes, one file at a time.
  const out: PickedFile[] = [];
  let budget = MAX_PICKED_BYTES;
  for (const f of files.slice(0, MAX_PICKED_FILES)) {
    const read = f.size <= maxBytes && f.size <= budget;
    if (read) budget -= f.size;
    out.push({ name: f.name, size: f.size, text: read ? await f.text() : undefined });
  }
  return out;
}

/** A hidden file picker and a drop target on the whole page, for as long as the scene lives. */
export function fileSource(label: string, accept: string, multiple: boolean, maxBytes: number, onFiles: (files: PickedFile[]) => void): { pick(): void; remove(): void } {
  const input = hidden(document.createElement('input'), label);
  input.type = 'file';
  input.id = 'flywheel-file';
  input.accept = accept;
  input.multiple = multiple;
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) void readFiles(files, maxBytes).then(onFiles);
  });
  const over = (event: DragEvent) => event.preventDefault();
  const drop = (event: DragEvent) => {
    event.preventDefault();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) void readFiles(multiple ? files : files.slice(0, 1), maxBytes).then(onFiles);
  };
  document.addEventListener('dragover', over);
  document.addEventListener('drop', drop);
  return {
    pick: () => input.click(),
    remove: () => {
      input.remove();
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    },
  };
}

export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies text; resolves false when the browser refuses (the text is also shown on screen). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
