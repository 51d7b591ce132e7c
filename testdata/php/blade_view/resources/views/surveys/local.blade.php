@extends('layouts.app', ['title' => 'Surveys'])

@section('content')
@forelse($surveys as $survey)
  <p>{{ $survey['title'] }} ({{ $survey->id_string }})</p>
@empty
  <p>No survey yet.</p>
@endforelse
@endsection
