// The imsmanifest.xml of a SCORM 1.2 package: one organization with one item, launching one SCO
// (the game's index.html), whose resource lists every file of the package.

export interface ManifestInput {
  /** unique per package: an LMS tells packages apart by it */
  identifier: string;
  title: string;
  /** paths inside the package, '/'-separated, the launch page among them */
  files: readonly string[];
  launch: string;
}

export const IMSCP_NS = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
export const ADLCP_NS = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An XML ID (NCName): letters, digits, '-', '_' and '.', not starting with a digit. */
export function manifestId(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z_]+/, '');
  return cleaned || 'flywheel';
}

export function manifestXml(input: ManifestInput): string {
  if (!input.files.includes(input.launch)) throw new RangeError(`the launch page ${input.launch} is not among the package's files`);
  const id = manifestId(input.identifier);
  const title = xmlEscape(input.title);
  const files = [...input.files].sort().map((f) => `      <file href="${xmlEscape(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="${IMSCP_NS}"
  xmlns:adlcp="${ADLCP_NS}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(input.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
