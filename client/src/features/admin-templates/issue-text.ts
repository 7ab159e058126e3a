import type { TFunction } from 'i18next';

export interface TemplateIssue {
  field: 'subject' | 'html' | 'text';
  code: string;
  line: number | null;
  column: number | null;
  variable?: string;
  message: string;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "HTML part, line 2, column 4", or just the part for problems that have no place. */
export function issuePlace(t: TFunction, issue: TemplateIssue): string {
  const tr = t as unknown as Translate;
  const field = tr(`templates.issues.field.${issue.field}`);
  return issue.line !== null && issue.column !== null
    ? tr('templates.issues.at', { field, line: issue.line, column: issue.column })
    : tr('templates.issues.in', { field });
}

/** The problem in the interface language; the server's English text if the code is new to us. */
export function issueText(t: TFunction, issue: TemplateIssue): string {
  const tr = t as unknown as Translate;
  return tr(`templates.issues.${issue.code}`, {
    defaultValue: issue.message,
    placeholder: `{{${issue.variable ?? ''}}}`,
    variable: issue.variable ?? '',
    sample: '{{FIRST_NAME}}',
  });
}
