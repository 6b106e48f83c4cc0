export { gradeInterview as gradeAnswers, type InterviewOptions as RunOptions } from './pipeline.js';
