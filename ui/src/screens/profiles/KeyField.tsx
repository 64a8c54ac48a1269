// A key input: paste PEM / base64 into the textarea, or choose a file whose text fills it.
// The value lives only in the form's state; it is never read back from the backend.
import { useId, useState } from 'react';

export interface KeyFieldProps {
  readonly label: string;
  readonly help: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly testId: string;
}

export function KeyField({ label, help, value, onChange, testId }: KeyFieldProps) {
  const id = useId();
  const [fileProblem, setFileProblem] = useState<string | null>(null);

  return (
    <div className="form-field form-field-wide">
      <div className="key-field-label">
        <label htmlFor={id}>{label}</label>
        <label className="button button-secondary button-small key-field-file">
          Choose file…
          <input
            type="file"
            className="key-field-file-input"
            data-testid={`${testId}-file`}
            accept=".pem,.key,.txt,.pub,text/plain"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file === undefined) return;
              file.text().then(
                (text) => {
                  setFileProblem(null);
                  onChange(text);
                },
                () => {
                  setFileProblem(`Could not read ${file.name}.`);
                },
              );
              // Allow choosing the same file again later.
              input.value = '';
            }}
          />
        </label>
      </div>
      <textarea
        id={id}
        className="field-input key-field-text"
        data-testid={testId}
        rows={4}
        spellCheck={false}
        autoComplete="off"
        placeholder="-----BEGIN PRIVATE KEY----- … or one line of base64"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <p className="form-help">{help}</p>
      {fileProblem !== null && <p className="form-warning">{fileProblem}</p>}
    </div>
  );
}
