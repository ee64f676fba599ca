// The course in one language, read from this folder: each lesson's Markdown (title and summary
// in its front matter) and each exercise's practice file. Files are read once and kept: they
// ship with the code and never change while the server runs.
import { readFileSync } from 'node:fs';
import { label } from '../framework/labels.js';
import type { Lang } from '../framework/types.js';
import { EXERCISES, type Exercise, LESSONS, type Lesson } from './course.js';

const FOLDER = new URL('./', import.meta.url);
const cache = new Map<string, string>();

function readText(path: string): string {
  let text = cache.get(path);
  if (text === undefined) {
    text = readFileSync(new URL(path, FOLDER), 'utf8').replace(/\r\n?/g, '\n');
    cache.set(path, text);
  }
  return text;
}

export interface LessonText {
  id: string;
  title: string;
  summary: string;
  /** The lesson body, Markdown. */
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
  mistakes: readonly string[];
  mustJustify: string | null;
}

export function readLesson(lesson: Lesson, lang: Lang): LessonText {
  const raw = readText(`lessons/${lesson.id}.${lang}.md`);
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(raw);
  const meta = new Map(
    (match?.[1] ?? '').split('\n').map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()] as const;
    }),
  );
  return {
    id: lesson.id,
    title: meta.get('title') ?? lesson.id,
    summary: meta.get('summary') ?? '',
    markdown: raw.slice(match?.[0].length ?? 0).trim(),
    exercise: lesson.exercise ?? null,
  };
}

export function describeExercise(exercise: Exercise, lang: Lang): ExerciseSummary {
  return {
    id: exercise.id,
    lesson: exercise.lesson,
    table: exercise.table,
    country: exercise.country,
    title: label(exercise.title, lang),
    task: label(exercise.task, lang),
    mistakes: exercise.mistakes,
    mustJustify: exercise.mustJustify ?? null,
  };
}

export function readCourse(lang: Lang): { lessons: LessonText[]; exercises: ExerciseSummary[] } {
  return {
    lessons: LESSONS.map((lesson) => readLesson(lesson, lang)),
    exercises: EXERCISES.map((exercise) => describeExercise(exercise, lang)),
  };
}

/** The exercise's practice file, as the learner downloads it. */
export function readPracticeFile(exercise: Exercise): string {
  return readText(`exercises/${exercise.id}.csv`);
}
