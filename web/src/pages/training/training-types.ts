// Shapes of the training API (/api/training/...) the course page and the console read.
import type { ReportIssue, ValidationReport } from '../work/work-types';

export type ExerciseStatus = 'not_started' | 'in_progress' | 'completed';

export interface LessonText {
  id: string;
  title: string;
  summary: string;
  markdown: string;
  exercise: string | null;
}

export interface ExerciseSummary {
  id: string;
  lesson: string;
  table: string;
  country: string;
  title: string;
  task: string;
  mistakes: string[];
  mustJustify: string | null;
}

export interface Course {
  lessons: LessonText[];
  exercises: ExerciseSummary[];
}

export interface ExerciseProgress {
  exercise: string;
  status: ExerciseStatus;
  attempts: number;
  lastAttemptAt: string | null;
  completedAt: string | null;
}

export interface LearnerProgress {
  id: number;
  email: string;
  name: string | null;
  role: string;
  countries: string[];
  completed: number;
  exercises: ExerciseProgress[];
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
