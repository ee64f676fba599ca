// Shapes of the training API (/api/training/...) the course page and the console read; the
// server's own types where they are plain data (type-only imports).
import type { ExerciseSummary, LessonText } from '../../../../src/training/read-course';
import type { ExerciseProgress } from '../../../../src/training/read-progress';
import type { ReportIssue, ValidationReport } from '../work/work-types';

export type { ExerciseSummary, LessonText } from '../../../../src/training/read-course';
export type {
  ExerciseProgress,
  ExerciseStatus,
  LearnerProgress,
} from '../../../../src/training/read-progress';

export interface Course {
  lessons: LessonText[];
  exercises: ExerciseSummary[];
}

export interface AttemptWarning extends ReportIssue {
  justification: string | null;
}

export interface AttemptOutcome {
  attempt: { id: number; at: string; passed: boolean; firstCompletion: boolean };
  verdict: {
    passed: boolean;
    errors: number;
    unjustified: number;
    missingWarning: string | null;
    warnings: AttemptWarning[];
  };
  report: ValidationReport;
  progress: ExerciseProgress;
}
